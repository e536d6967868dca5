// How a set of cases was answered: how many were replied to, the median calendar days from receipt to the
// first staff reply, and the share answered by the deadline (over those replied or already overdue at
// `now`). Pure: public statistics and the staff work summary pass in the cases they read.
import { isAwaitingReply, type CaseDoc } from '#types/models/case';
import { median, oneDecimal, shareOf } from '../stats/median';

export type StatsCase = Pick<CaseDoc, 'category' | 'status' | 'events' | 'createdAt' | 'dueAt' | 'firstRepliedAt' | 'channel'>;

export interface ReplyFigures {
  total: number;
  replied: number;
  medianReplyDays: number | null;
  onTimeShare: number | null;
}

/** The first staff answer: recorded since it was added, else found in the history. */
export function firstReplyOf(c: StatsCase): Date | null {
  if (c.firstRepliedAt) return c.firstRepliedAt;
  return c.events.find((e) => e.by === 'staff' && (e.status === 'replied' || e.status === 'closed'))?.at ?? null;
}

export function replyFigures(cases: StatsCase[], now: Date): ReplyFigures {
  const replied = cases.map((c) => ({ c, at: firstReplyOf(c) })).filter((r): r is { c: StatsCase; at: Date } => r.at !== null);
  const onTime = replied.filter((r) => r.at <= r.c.dueAt).length;
  const overdueOpen = cases.filter((c) => isAwaitingReply(c.status) && !firstReplyOf(c) && now > c.dueAt).length;
  return {
    total: cases.length,
    replied: replied.length,
    medianReplyDays: oneDecimal(median(replied.map((r) => (r.at.getTime() - r.c.createdAt.getTime()) / 86_400_000))),
    onTimeShare: shareOf(onTime, replied.length + overdueOpen),
  };
}
