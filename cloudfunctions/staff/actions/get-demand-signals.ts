// Editors and reviewers: the last demand-signal list in one read (the freshness page's second tab).
// Nothing in it names a person: questions are the search log's masked ones, cases are counts.
import type { DemandView } from '#types/api/freshness';
import { staffApi } from '#types/api/staff';
import { DEMAND_REPORT_ID, type DemandReportDoc } from '#types/models/demand';
import { FRESHNESS_COLLECTION } from '#types/models/freshness';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const getDemandSignals = defineHandler(staffApi.getDemandSignals, ['editor', 'reviewer'], async (): Promise<DemandView> => {
  const doc = await docOrNull<DemandReportDoc>(db.collection(FRESHNESS_COLLECTION).doc(DEMAND_REPORT_ID));
  return {
    checkedAt: doc ? doc.checkedAt.toISOString() : null,
    rows: doc?.rows ?? [],
    truncated: doc?.truncated ?? 0,
    townships: doc?.townships ?? [],
    scanned: doc?.scanned ?? { searches: 0, cases: 0 },
    readCounts: false,
  };
});
