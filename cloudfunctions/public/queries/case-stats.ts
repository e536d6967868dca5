// Response statistics over a window of cases: counts by category, median days to the first reply,
// and the share answered by the deadline. Pure: the action reads the cases and passes them in.
import type { CaseStatsWindow } from '#types/api/case-views';
import { CASE_CATEGORIES, CASE_CHANNELS, isAwaitingReply, type CaseDoc } from '#types/models/case';
import { median } from '../../_shared/stats/median';

export type StatsCase = Pick<CaseDoc, 'category' | 'status' | 'events' | 'createdAt' | 'dueAt' | 'firstRepliedAt' | 'channel'>;

/** The first staff answer: recorded since it was added, else found in the history. */
export function firstReplyOf(c: StatsCase): Date | null {
  if (c.firstRepliedAt) return c.firstRepliedAt;
  return c.events.find((e) => e.by === 'staff' && (e.status === 'replied' || e.status === 'closed'))?.at ?? null;
}

export function statsOf(cases: StatsCase[], label: string, days: number, now: Date): CaseStatsWindow {
  const since = now.getTime() - days * 86_400_000;
  const inWindow = cases.filter((c) => c.createdAt.getTime() >= since);
  const byCategory = Object.fromEntries(CASE_CATEGORIES.map((k) => [k, inWindow.filter((c) => c.category === k).length])) as CaseStatsWindow['byCategory'];
  const byChannel = Object.fromEntries(CASE_CHANNELS.map((k) => [k, inWindow.filter((c) => (c.channel ?? 'app') === k).length])) as CaseStatsWindow['byChannel'];
  const replies = inWindow.map((c) => ({ c, at: firstReplyOf(c) }));
  const replied = replies.filter((r): r is { c: StatsCase; at: Date } => r.at !== null);
  const onTime = replied.filter((r) => r.at <= r.c.dueAt).length;
  const overdueOpen = inWindow.filter((c) => isAwaitingReply(c.status) && !firstReplyOf(c) && now > c.dueAt).length;
  const judged = replied.length + overdueOpen;
  const medianDays = median(replied.map((r) => (r.at.getTime() - r.c.createdAt.getTime()) / 86_400_000));
  return {
    label, days, total: inWindow.length, byCategory, byChannel, replied: replied.length,
    medianReplyDays: medianDays === null ? null : Math.round(medianDays * 10) / 10,
    onTimeShare: judged ? Math.round((onTime / judged) * 1000) / 1000 : null,
  };
}
