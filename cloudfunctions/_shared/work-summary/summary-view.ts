// A work summary as staff read it: the saved text (or, before the first save, the draft from the figures),
// with the figures and the freshly drafted text beside it.
import type { SummaryFigures, WorkSummaryView } from '#types/api/work-summary-views';
import { summaryId, type WorkSummaryDoc } from '#types/models/work-summary';
import { draftSections } from './draft-sections';

export function summaryView(doc: WorkSummaryDoc | null, figures: SummaryFigures): WorkSummaryView {
  const drafted = draftSections(figures);
  return {
    id: summaryId(figures.year, figures.half),
    year: figures.year,
    half: figures.half,
    status: doc?.status ?? null,
    sections: doc?.sections ?? drafted,
    drafted,
    version: doc?.version ?? 0,
    authors: doc?.authors ?? [],
    updatedAt: doc?.updatedAt.toISOString() ?? null,
    reviewedBy: doc?.reviewedBy ?? null,
    reviewNote: doc?.reviewNote ?? '',
    figures,
  };
}
