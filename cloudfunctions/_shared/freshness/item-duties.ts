// Every duty of the items read, as rows owned only by a draft's author (owners are filled in afterwards): pure, so the
// check's work between reading and writing is one function of the data and the instant.
import { CASE_CATEGORY_LABELS } from '#types/models/case';
import type { DutyKind, DutyRow, DutyVerdict, WorkingCalendar } from '#types/models/freshness';
import { BUDGET_TYPE_LABELS } from '#types/models/budget';
import type { BudgetApprovalRow, CaseRow, DraftRow, NoticeRow, PolicyRow, ProjectRow, ServiceRow } from './read-published';
import { budgetPublicationDuty } from './rules/budget-publication';
import { caseReplyDuty } from './rules/case-reply';
import { type Column, COLUMNS, columnUpdateDuty } from './rules/column-update';
import { noticeClosureDuty } from './rules/notice-closure';
import { policyExpiryDuty } from './rules/policy-expiry';
import { policyPublicationDuty } from './rules/policy-publication';
import { projectDisclosureDuty } from './rules/project-disclosure';
import { projectProgressDuty } from './rules/project-progress';
import { serviceReviewDuty } from './rules/service-review';

export interface CheckedData {
  projects: ProjectRow[];
  policies: PolicyRow[];
  services: ServiceRow[];
  notices: NoticeRow[];
  cases: CaseRow[];
  drafts: DraftRow[];
  latestFeed: Date | null;
  /** Recorded approvals of budgets and final accounts (older callers pass none). */
  budgets?: BudgetApprovalRow[];
}

const edit = (kind: string, targetId: string): string => `/staff/edit/index?kind=${kind}&targetId=${targetId}`;
const newest = (dates: Date[]): Date | null => dates.reduce<Date | null>((a, d) => (a === null || d.getTime() > a.getTime() ? d : a), null);

export function itemDuties(data: CheckedData, now: Date, calendar: WorkingCalendar): DutyRow[] {
  const rows: DutyRow[] = [];
  // Working days overdue, counted once per due day (thousands of overdue cases share a few hundred days).
  const lateDays = new Map<number, number>();
  const overdueBy = (dueAt: Date): number => {
    const day = Math.floor((dueAt.getTime() + 8 * 3600_000) / 86_400_000);
    let days = lateDays.get(day);
    if (days === undefined) lateDays.set(day, (days = calendar.workingDaysBetween(dueAt, now)));
    return days;
  };
  const add = (kind: DutyKind, itemId: string, part: string, title: string, page: string, v: DutyVerdict | null, author: string | null = null): void => {
    if (!v || v.state === 'ok') return;
    const overdueDays = v.state === 'overdue' ? overdueBy(v.dueAt) : 0;
    rows.push({ key: `${kind}:${itemId}${part}`, kind, itemId, title, state: v.state, dueAt: v.dueAt, duty: v.duty, overdueDays, owner: author, page });
  };
  for (const p of data.projects) {
    add('project', p._id, '', p.name, `/staff/edit/index?kind=projectUpdate&projectId=${p._id}`, projectProgressDuty(p, now, calendar));
    add('disclosure', p._id, '', p.name, edit('project', p._id), projectDisclosureDuty(p, now, calendar));
  }
  const policyById = new Map(data.policies.map((p) => [p._id, p]));
  for (const p of data.policies) if (p.lifecycle === 'published') add('policy', p._id, '', p.title, edit('policy', p._id), policyExpiryDuty(p, now, calendar));
  for (const d of data.drafts) {
    const issuedAt = d.content.issuedAt;
    if (typeof issuedAt !== 'string' && !(issuedAt instanceof Date)) continue;
    add('policy', d.targetId, ':draft', String(d.content.title ?? '未命名政策'), `/staff/edit/index?kind=policy&revisionId=${d._id}`, policyPublicationDuty({ issuedAt: new Date(issuedAt) }, now, calendar), d.authorId);
  }
  for (const s of data.services) {
    const changes = (s.basisPolicyIds ?? []).map((id) => policyById.get(id)?.updatedAt).filter((at): at is Date => at instanceof Date);
    add('service', s._id, '', s.name, edit('service', s._id), serviceReviewDuty(s, changes, now, calendar));
  }
  for (const n of data.notices) add('notice', n._id, '', n.title, '/staff/content/index', noticeClosureDuty(n, now, calendar));
  for (const b of data.budgets ?? []) add('budget', b.id, '', `${b.year} 年部门${BUDGET_TYPE_LABELS[b.type]}`, '/staff/budget-import/index', budgetPublicationDuty(b, now, calendar), b.by);
  for (const c of data.cases) add('case', c._id, '', `${CASE_CATEGORY_LABELS[c.category]} ${c.trackingNo}`, '/staff/cases/index', caseReplyDuty(c, now, calendar));
  const published = (list: { publishedAt: Date }[]): Date | null => newest(list.map((x) => x.publishedAt));
  const columns: Record<Column, Date | null> = {
    home: data.latestFeed,
    project: published(data.projects),
    notice: published(data.notices),
    policy: published(data.policies.filter((p) => p.lifecycle === 'published')),
  };
  for (const column of Object.keys(COLUMNS) as Column[]) add('column', column, '', COLUMNS[column].label, '/staff/content/index', columnUpdateDuty(column, columns[column], now, calendar));
  return rows;
}
