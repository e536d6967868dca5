// Response statistics over a window of cases: counts by category, median days to the first reply,
// and the share answered by the deadline. Pure: the action reads the cases and passes them in.
import type { CaseStatsWindow } from '#types/api/case-views';
import { CASE_CATEGORIES, CASE_CHANNELS } from '#types/models/case';
import { replyFigures, type StatsCase } from '../../_shared/cases/reply-figures';

export { firstReplyOf, type StatsCase } from '../../_shared/cases/reply-figures';

export function statsOf(cases: StatsCase[], label: string, days: number, now: Date): CaseStatsWindow {
  const since = now.getTime() - days * 86_400_000;
  const inWindow = cases.filter((c) => c.createdAt.getTime() >= since);
  const byCategory = Object.fromEntries(CASE_CATEGORIES.map((k) => [k, inWindow.filter((c) => c.category === k).length])) as CaseStatsWindow['byCategory'];
  const byChannel = Object.fromEntries(CASE_CHANNELS.map((k) => [k, inWindow.filter((c) => (c.channel ?? 'app') === k).length])) as CaseStatsWindow['byChannel'];
  const { total, replied, medianReplyDays, onTimeShare } = replyFigures(inWindow, now);
  return { label, days, total, byCategory, byChannel, replied, medianReplyDays, onTimeShare };
}
