// Editors and reviewers: the records behind one figure of a year's report — the applications or policies
// the tally placed in that cell, or the 双公示 decisions dated in the year for 行政许可 / 行政处罚.
import { staffApi } from '#types/api/staff';
import { DECISION_COLLECTION, type DecisionDoc, type DecisionKind } from '#types/models/decision';
import { draftReport } from '../../_shared/annual-report/draft-report';
import { dayYear } from '../../_shared/annual-report/report-year';
import { _, countOf, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

const DECISION_CELLS: Record<string, DecisionKind> = { 'active.licences': 'licence', 'active.penalties': 'penalty' };

export const listReportRecords = defineHandler(staffApi.listReportRecords, ['editor', 'reviewer'], async ({ year, cell, limit }, { now }) => {
  const kind = DECISION_CELLS[cell];
  if (kind) {
    const span = dayYear(year);
    const where = db.collection(DECISION_COLLECTION).where({ kind, decisionDate: _.gte(span.start).and(_.lt(span.end)) });
    const [items, total] = await Promise.all([
      docsOf<Pick<DecisionDoc, '_id' | 'decisionNo' | 'partyName'>>(where.orderBy('decisionDate', 'desc').orderBy('_id', 'desc').limit(limit).field({ decisionNo: true, partyName: true })),
      countOf(where),
    ]);
    return { items: items.map((d) => ({ id: d._id, label: `${d.decisionNo} ${d.partyName}` })), total };
  }
  const records = (await draftReport(year, now)).trace.records(cell);
  return { items: records.slice(0, limit), total: records.length };
});
