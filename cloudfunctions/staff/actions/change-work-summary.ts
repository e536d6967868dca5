// Editors save and submit a work summary; reviewers review it. Each answers the summary with its figures.
import { staffApi } from '#types/api/staff';
import { defineHandler } from '../../_shared/define-handler';
import { changeSummary, type SummaryChange } from '../../_shared/work-summary/change-summary';
import { summaryFigures } from '../../_shared/work-summary/summary-figures';
import { summaryView } from '../../_shared/work-summary/summary-view';
import type { Half } from '../../_shared/time/day-range';

async function change(year: number, half: Half, version: number, what: SummaryChange, actor: string, now: Date) {
  const figures = await summaryFigures(year, half, now);
  return summaryView(await changeSummary(year, half, version, what, actor, now), figures);
}

export const saveWorkSummary = defineHandler(staffApi.saveWorkSummary, ['editor'], async ({ year, half, version, sections }, { caller, now }) =>
  change(year, half, version, { kind: 'save', sections }, (await caller()).openid as string, now),
);

export const submitWorkSummary = defineHandler(staffApi.submitWorkSummary, ['editor'], async ({ year, half, version }, { caller, now }) =>
  change(year, half, version, { kind: 'submit' }, (await caller()).openid as string, now),
);

export const reviewWorkSummary = defineHandler(staffApi.reviewWorkSummary, ['reviewer'], async ({ year, half, version, decision, note }, { caller, now }) =>
  change(year, half, version, { kind: 'review', decision, note }, (await caller()).openid as string, now),
);
