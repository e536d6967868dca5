// Editors and reviewers: a half-year's work summary, saved or drafted, with its figures counted now.
import { staffApi } from '#types/api/staff';
import { summaryId, WORK_SUMMARY_COLLECTION, type WorkSummaryDoc } from '#types/models/work-summary';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { summaryFigures } from '../../_shared/work-summary/summary-figures';
import { summaryView } from '../../_shared/work-summary/summary-view';

export const getWorkSummary = defineHandler(staffApi.getWorkSummary, ['editor', 'reviewer'], async ({ year, half }, { now }) => {
  const figures = await summaryFigures(year, half, now);
  const doc = await docOrNull<WorkSummaryDoc>(db.collection(WORK_SUMMARY_COLLECTION).doc(summaryId(year, half)));
  return summaryView(doc, figures);
});
