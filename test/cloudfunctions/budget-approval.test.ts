// The budget's approval day (批复日期) and the 20-day publication clock (《预算法》第十四条) on the local
// cloud, at chosen instants across the 2026 National Day holiday: recorded before the file is ready
// (checked, audited), counted by the freshness monitor in calendar days and owned by whoever recorded
// it, and done once the budget is imported, which stores the day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FreshnessView } from '#types/api/freshness';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { BUDGET_COLLECTION } from '#types/models/budget';
import { openidOf } from '../../emulator/gateway/personas';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobs } from '../support/run-jobs';
import { CONFIDENTIALITY } from '../support/workflow-steps';

const cst = (text: string): Date => new Date(`${text}+08:00`);
const csv2025Final = readFileSync(join(__dirname, '../../scripts/demo/budgets/2025-final.csv'), 'utf8').replace(/project-x-[a-z0-9-]+/g, '').replace(/ +,/g, ',');

let cloud: ProductCloud;
beforeAll(async () => {
  cloud = await startProductCloud({ at: '2026-09-21T10:00:00+08:00' });
});
afterAll(() => cloud.emulator.stop());

const budgetRow = async (at: string) => {
  cloud.emulator.clock.set(`${at}+08:00`);
  await runJobs(cloud.emulator, { at: cst(at) });
  const res = await cloud.call<FreshnessView>('staff', 'getFreshness', {}, 'editor');
  if (!res.ok) throw new Error(res.message);
  return res.data.rows.find((r) => r.key === 'budget:2025-final');
};

describe('recording the approval day', () => {
  it('refuses a day after today, or one that cannot belong to the year, in Chinese', async () => {
    const record = (payload: Record<string, unknown>) => cloud.call('staff', 'recordBudgetApproval', payload, 'reviewer');
    expect(await record({ year: 2025, type: 'final', approvedOn: '2026-09-22' })).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '批复日期不能晚于今天' });
    expect(await record({ year: 2025, type: 'final', approvedOn: '2025-06-01' })).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '2025 年决算的批复日期应在 2026—2027 年之间' });
    expect(await record({ year: 2025, type: 'final', approvedOn: '2026-02-30' })).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await cloud.call('staff', 'recordBudgetApproval', { year: 2025, type: 'final', approvedOn: '2026-09-20' }, 'editor')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    const refused = await cloud.call('staff', 'importBudget', { year: 2025, type: 'final', csv: csv2025Final, approvedOn: '2027-01-01', confidentiality: CONFIDENTIALITY }, 'reviewer');
    expect(refused).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '批复日期不能晚于今天' });
    expect((await cloud.db.collection(BUDGET_COLLECTION).where({ _id: '2025-final' }).count()).total).toBe(0);
  });

  it('records the day once, audited', async () => {
    const input = { year: 2025, type: 'final', approvedOn: '2026-09-20' };
    expect(await cloud.call('staff', 'recordBudgetApproval', input, 'reviewer')).toEqual({ ok: true, data: { id: '2025-final', approvedOn: '2026-09-20' } });
    expect(await cloud.call('staff', 'recordBudgetApproval', input, 'reviewer')).toMatchObject({ ok: true });
    expect((await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: '2025-final', action: 'budget.approval' }).get()).data).toHaveLength(1);
  });

  it('records a day sent 20 times at once once, with one audit line', async () => {
    const input = { year: 2026, type: 'budget', approvedOn: '2026-03-10' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cloud.call('staff', 'recordBudgetApproval', input, 'reviewer')));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect((await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: '2026-budget', action: 'budget.approval' }).get()).data).toHaveLength(1);
  });
});

describe('the 20-day publication clock in the freshness report', () => {
  it('falls due 20 calendar days after approval (Saturday Oct 10, a 调休 working day), owned by whoever recorded it', async () => {
    // Sep 30: the working-day horizon (10 working days, past the holiday) reaches Oct 21.
    expect(await budgetRow('2026-09-30T10:00:00')).toMatchObject({
      key: 'budget:2025-final', title: '2025 年部门决算', state: 'due_soon', dueAt: cst('2026-10-10T23:59:59.999').toISOString(),
      duty: '财政部门批复后 20 日内公开', owner: openidOf('reviewer'), page: '/staff/budget-import/index',
    });
  });

  it('is overdue from Sunday Oct 11; on Monday Oct 12 by one working day', async () => {
    expect(await budgetRow('2026-10-12T10:00:00')).toMatchObject({ state: 'overdue', overdueDays: 1 });
  });

  it('is done once imported, and the import keeps the recorded day', async () => {
    const res = await cloud.call('staff', 'importBudget', { year: 2025, type: 'final', csv: csv2025Final, confidentiality: CONFIDENTIALITY }, 'reviewer');
    expect(res).toMatchObject({ ok: true });
    expect(((await cloud.db.collection(BUDGET_COLLECTION).doc('2025-final').get()) as { data: { approvedOn: string } }).data.approvedOn).toBe('2026-09-20');
    expect(await budgetRow('2026-10-12T10:30:00')).toBeUndefined();
  });

  it('starts again when a later approval (an adjustment) comes with the import', async () => {
    cloud.emulator.clock.set('2026-10-20T10:00:00+08:00');
    expect(await cloud.call('staff', 'recordBudgetApproval', { year: 2025, type: 'final', approvedOn: '2026-10-19' }, 'reviewer')).toMatchObject({ ok: true });
    // Due Sunday Nov 8: beyond 10 working days on Oct 20, within them on Oct 27.
    expect(await budgetRow('2026-10-20T10:00:00')).toBeUndefined();
    expect(await budgetRow('2026-10-27T10:00:00')).toMatchObject({ state: 'due_soon', dueAt: cst('2026-11-08T23:59:59.999').toISOString() });
    const res = await cloud.call('staff', 'importBudget', { year: 2025, type: 'final', csv: csv2025Final, replace: true, approvedOn: '2026-10-19', confidentiality: CONFIDENTIALITY }, 'reviewer');
    expect(res).toMatchObject({ ok: true });
    expect(await budgetRow('2026-10-27T10:30:00')).toBeUndefined();
  });
});
