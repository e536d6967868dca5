// Any staff member: every imported decision of a kind, in public view or not, newest decision first,
// with its 7-working-day clock; `late` lists only those that went online late. With the counts.
import { staffApi } from '#types/api/staff';
import { DECISION_COLLECTION, type DecisionDoc } from '#types/models/decision';
import { _, countOf, db, docsOf } from '../../_shared/cloud';
import { toStaffDecisionItem } from '../../_shared/decisions/decision-view';
import { defineHandler } from '../../_shared/define-handler';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';

export const listStaffDecisions = defineHandler(staffApi.listStaffDecisions, ['editor', 'reviewer'], async ({ kind, late, cursor, limit = 20 }) => {
  const base = late === undefined ? { kind } : { kind, late };
  const where = cursor ? _.and([base, olderThan('decisionDate', decodeCursor(cursor))]) : base;
  const [rows, total, lateCount] = await Promise.all([
    docsOf<DecisionDoc>(db.collection(DECISION_COLLECTION).where(where).orderBy('decisionDate', 'desc').orderBy('_id', 'desc').limit(limit + 1).field({ searchText: false })),
    countOf(db.collection(DECISION_COLLECTION).where({ kind })),
    countOf(db.collection(DECISION_COLLECTION).where({ kind, late: true })),
  ]);
  const { page, nextCursor } = pageOf(rows, limit, (d) => d.decisionDate);
  return { items: page.map(toStaffDecisionItem), nextCursor, total, lateCount };
});
