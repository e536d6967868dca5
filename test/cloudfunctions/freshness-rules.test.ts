// The duty rules at chosen instants across the 2026 National Day holiday (Sep 25-27 中秋, Oct 1-7 国庆)
// and its 调休 working days (Sunday Sep 20, Saturday Oct 10), on the built-in holiday calendar.
import { workingCalendar as calendar } from '../../cloudfunctions/_shared/freshness/working-calendar';
import { projectDisclosureDuty } from '../../cloudfunctions/_shared/freshness/rules/project-disclosure';
import { projectProgressDuty } from '../../cloudfunctions/_shared/freshness/rules/project-progress';
import { policyExpiryDuty } from '../../cloudfunctions/_shared/freshness/rules/policy-expiry';
import { policyPublicationDuty } from '../../cloudfunctions/_shared/freshness/rules/policy-publication';
import { serviceReviewDuty } from '../../cloudfunctions/_shared/freshness/rules/service-review';
import { noticeClosureDuty } from '../../cloudfunctions/_shared/freshness/rules/notice-closure';
import { caseReplyDuty } from '../../cloudfunctions/_shared/freshness/rules/case-reply';
import { columnUpdateDuty } from '../../cloudfunctions/_shared/freshness/rules/column-update';
import type { Disclosure } from '#types/models/project';

const cst = (text: string): Date => new Date(`${text}+08:00`);
const endOf = (day: string): Date => cst(`${day}T23:59:59.999`);

describe('the 20-working-day disclosure clock across National Day', () => {
  // Formed Friday Sep 18: Sunday Sep 20 (调休) counts, Sep 25-27 and Oct 1-7 do not, Saturday Oct 10 counts.
  const bidding: Disclosure = { category: 'bidding', title: '中标公示', formedAt: cst('2026-09-18T10:00:00'), disclosedAt: null, fileId: null };
  const project = { disclosures: [bidding] };

  it('falls due at the end of Thursday Oct 22', () => {
    expect(projectDisclosureDuty(project, cst('2026-09-18T12:00:00'), calendar)?.dueAt).toEqual(endOf('2026-10-22'));
  });
  it('is ok on Oct 8 and due soon on Oct 9: the 调休 Saturday is one of the 10 working days ahead', () => {
    expect(projectDisclosureDuty(project, cst('2026-10-08T10:00:00'), calendar)?.state).toBe('ok');
    const soon = projectDisclosureDuty(project, cst('2026-10-09T10:00:00'), calendar);
    expect(soon?.state).toBe('due_soon');
    expect(soon?.duty).toContain('招标投标');
  });
  it('is overdue from the first instant of Oct 23, Beijing time', () => {
    expect(projectDisclosureDuty(project, cst('2026-10-22T23:59:59'), calendar)?.state).toBe('due_soon');
    expect(projectDisclosureDuty(project, cst('2026-10-23T00:00:00'), calendar)?.state).toBe('overdue');
  });
  it('has no duty once every category is disclosed', () => {
    const done = { disclosures: [{ ...bidding, disclosedAt: cst('2026-09-30T10:00:00') }] };
    expect(projectDisclosureDuty(done, cst('2026-12-01T10:00:00'), calendar)).toBeNull();
  });
});

describe('monthly progress of projects under construction', () => {
  it('is due a month after the last update, clamped to the end of a short month', () => {
    const duty = projectProgressDuty({ status: 'under_construction', lastUpdateAt: cst('2026-01-31T09:00:00') }, cst('2026-02-20T09:00:00'), calendar);
    expect(duty).toMatchObject({ state: 'due_soon', dueAt: endOf('2026-02-28') });
  });
  it('does not apply to completed projects', () => {
    expect(projectProgressDuty({ status: 'completed', lastUpdateAt: cst('2025-01-01T09:00:00') }, cst('2026-10-09T09:00:00'), calendar)).toBeNull();
  });
});

describe('policies', () => {
  it('an expired policy still in force is overdue the instant after it expires', () => {
    const policy = { status: 'in_force' as const, expiresAt: cst('2026-09-30T23:59:59') };
    expect(policyExpiryDuty(policy, cst('2026-09-30T23:00:00'), calendar)?.state).toBe('due_soon');
    expect(policyExpiryDuty(policy, cst('2026-10-01T00:00:01'), calendar)?.state).toBe('overdue');
    expect(policyExpiryDuty({ ...policy, status: 'repealed' }, cst('2026-10-01T00:00:01'), calendar)).toBeNull();
  });
  it('a draft issued on the eve of National Day is published within 20 working days, holidays skipped', () => {
    // Issued Wed Sep 30: Oct 8, 9, 10 (调休) are 1-3, Oct 12-30 are 4-18, Nov 2 is 19, Nov 3 the 20th.
    const duty = policyPublicationDuty({ issuedAt: cst('2026-09-30T16:00:00') }, cst('2026-10-09T10:00:00'), calendar);
    expect(duty.dueAt).toEqual(endOf('2026-11-03'));
    expect(duty.state).toBe('ok');
  });
});

describe('service guides', () => {
  it('are reviewed yearly, or within 20 working days of a basis policy changing, whichever is first', () => {
    const service = { updatedAt: cst('2025-11-20T10:00:00') };
    const yearly = serviceReviewDuty(service, [], cst('2026-10-09T10:00:00'), calendar);
    expect(yearly).toMatchObject({ state: 'ok', dueAt: endOf('2026-11-20') });
    const changed = serviceReviewDuty(service, [cst('2026-09-18T10:00:00'), cst('2025-01-01T10:00:00')], cst('2026-10-09T10:00:00'), calendar);
    expect(changed).toMatchObject({ state: 'due_soon', dueAt: endOf('2026-10-22') });
    expect(changed?.duty).toContain('依据');
  });
});

describe('notices', () => {
  it('a notice ending on Sep 30 is closed by the end of the first working day after the holiday', () => {
    const notice = { validTo: cst('2026-09-30T18:00:00') };
    expect(noticeClosureDuty(notice, cst('2026-10-05T10:00:00'), calendar)).toMatchObject({ state: 'due_soon', dueAt: endOf('2026-10-08') });
    expect(noticeClosureDuty(notice, cst('2026-10-09T00:00:00'), calendar)?.state).toBe('overdue');
    expect(noticeClosureDuty({ validTo: null }, cst('2026-10-09T00:00:00'), calendar)).toBeNull();
  });
});

describe('cases', () => {
  it('are overdue past their clock, and flagged for the inspection veto after 3 months', () => {
    const item = { createdAt: cst('2026-06-01T10:00:00'), dueAt: endOf('2026-06-08') };
    const late = caseReplyDuty(item, cst('2026-08-31T10:00:00'), calendar);
    expect(late.state).toBe('overdue');
    expect(late.duty).not.toContain('3 个月');
    expect(caseReplyDuty(item, cst('2026-09-02T10:00:00'), calendar).duty).toContain('3 个月');
  });
});

describe('the inspection rules for columns', () => {
  it('the home page is updated every 2 weeks, calendar days, holidays included', () => {
    expect(columnUpdateDuty('home', cst('2026-09-20T10:00:00'), cst('2026-10-04T23:00:00'), calendar).state).toBe('due_soon');
    expect(columnUpdateDuty('home', cst('2026-09-20T10:00:00'), cst('2026-10-05T00:00:00'), calendar).state).toBe('overdue');
  });
  it('policy columns every 6 months; an empty column is overdue at once', () => {
    expect(columnUpdateDuty('policy', cst('2026-04-09T10:00:00'), cst('2026-10-09T10:00:00'), calendar).state).toBe('due_soon');
    expect(columnUpdateDuty('policy', cst('2026-04-08T10:00:00'), cst('2026-10-09T10:00:00'), calendar).state).toBe('overdue');
    expect(columnUpdateDuty('notice', null, cst('2026-10-09T10:00:00'), calendar).duty).toContain('空栏目');
  });
});
