// Editors and reviewers: the last freshness report in one read, the caller's own duties first;
// admins also get what has stayed overdue longer than 5 working days and whom to give an item to.
import type { DutyRowView, FreshnessView, OwnerGroupView } from '#types/api/freshness';
import { staffApi } from '#types/api/staff';
import { type DutyRow, FRESHNESS_COLLECTION, FRESHNESS_REPORT_ID, type FreshnessReportDoc } from '#types/models/freshness';
import { STAFF_COLLECTION, type StaffDoc } from '#types/models/staff';
import { db, docOrNull, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

const NOBODY = '未指定负责人';

export const getFreshness = defineHandler(staffApi.getFreshness, ['editor', 'reviewer'], async (_input, { caller }) => {
  const me = await caller();
  const isAdmin = me.roles.includes('admin');
  const report = await docOrNull<FreshnessReportDoc>(db.collection(FRESHNESS_COLLECTION).doc(FRESHNESS_REPORT_ID));
  const name = (owner: string | null): string | null => (owner ? (report?.owners[owner] ?? null) : null);
  const view = (r: DutyRow): DutyRowView => ({ ...r, dueAt: r.dueAt.toISOString(), ownerName: name(r.owner) });
  const rows = (report?.rows ?? []).map(view);
  const groups: OwnerGroupView[] = (report?.counts ?? [])
    .map((c) => ({ ...c, name: name(c.owner) ?? NOBODY }))
    .sort((a, b) => Number(b.owner === me.openid) - Number(a.owner === me.openid) || b.overdue - a.overdue || b.dueSoon - a.dueSoon);
  const staff = isAdmin ? (await docsOf<StaffDoc>(db.collection(STAFF_COLLECTION).field({ name: true }).limit(1000))).map((s) => ({ openid: s._id, name: s.name })) : [];
  const view_: FreshnessView = {
    checkedAt: report ? report.checkedAt.toISOString() : null,
    me: me.openid as string,
    isAdmin,
    rows,
    truncated: report?.truncated ?? 0,
    groups,
    health: (report?.health ?? []).map((h) => ({ key: h.key, problem: h.problem, kind: h.kind, itemId: h.itemId, title: h.title, detail: h.detail, ownerName: name(h.owner), page: h.page })),
    staff,
  };
  return view_;
});
