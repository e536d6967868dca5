// Editors and reviewers: a year's report figures counted from the records now, with the records that cannot
// be placed, the notes a reader needs and the due day. Writes nothing: the editor saves the draft through
// the content workflow with these figures.
import { staffApi } from '#types/api/staff';
import { draftReport } from '../../_shared/annual-report/draft-report';
import { offeredFigures } from '../../_shared/annual-report/offered-figures';
import { reportDueOn } from '../../_shared/annual-report/report-due';
import { reportOfYear } from '../../_shared/annual-report/report-view';
import { defineHandler } from '../../_shared/define-handler';

export const draftAnnualReport = defineHandler(staffApi.draftAnnualReport, ['editor', 'reviewer'], async ({ year }, { now }) => {
  const [draft, published] = await Promise.all([draftReport(year, now), reportOfYear(year)]);
  return {
    year,
    figures: draft.figures,
    unplaced: draft.unplaced.map(({ id, kind, label, problems }) => ({ id, kind, label, problems })),
    notes: draft.notes,
    offered: await offeredFigures(year, draft.figures, draft.applications, new Set(draft.trace.cells.get('applications.total.total') ?? [])),
    dueOn: reportDueOn(year),
    published: published ? { id: published._id, version: published.version, publishedAt: published.publishedAt.toISOString() } : null,
  };
});
