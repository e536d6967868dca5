// Editors and reviewers: a half-year's work summary, saved or drafted, with its figures counted now.
import { staffApi } from '#types/api/staff';
import { summaryId, WORK_SUMMARY_COLLECTION, type WorkSummaryDoc } from '#types/models/work-summary';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { summaryFigures } from '../../_shared/work-summary/summary-figures';
import { summaryView } from '../../_shared/work-summary/summary-view';
import { cstDay } from '../../_shared/time/working-days';

/** The half-year a Beijing day falls in. */
function halfOf(now: Date): { year: number; half: 1 | 2 } {
  const day = cstDay(now);
  return { year: Number(day.slice(0, 4)), half: Number(day.slice(5, 7)) <= 6 ? 1 : 2 };
}

export const getWorkSummary = defineHandler(staffApi.getWorkSummary, ['editor', 'reviewer'], async (asked, { now }) => {
  const { year, half } = asked.year !== undefined && asked.half !== undefined ? { year: asked.year, half: asked.half } : halfOf(now);
  const figures = await summaryFigures(year, half, now);
  const doc = await docOrNull<WorkSummaryDoc>(db.collection(WORK_SUMMARY_COLLECTION).doc(summaryId(year, half)));
  return summaryView(doc, figures);
});
