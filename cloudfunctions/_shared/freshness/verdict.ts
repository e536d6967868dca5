// The state of one duty at one instant: overdue once past its due instant, due soon when it falls
// due within the next 10 working days, otherwise ok.
import { DUE_SOON_WORKING_DAYS, type DutyVerdict, type WorkingCalendar } from '#types/models/freshness';

export function verdict(dueAt: Date, now: Date, calendar: WorkingCalendar, duty: string): DutyVerdict {
  if (now.getTime() > dueAt.getTime()) return { state: 'overdue', dueAt, duty };
  const soon = calendar.addWorkingDays(now, DUE_SOON_WORKING_DAYS);
  return { state: dueAt.getTime() <= soon.getTime() ? 'due_soon' : 'ok', dueAt, duty };
}

/** The earliest of several verdicts' due instants decides (ties: the first). */
export const earliest = (verdicts: DutyVerdict[]): DutyVerdict | null =>
  verdicts.reduce<DutyVerdict | null>((best, v) => (best === null || v.dueAt.getTime() < best.dueAt.getTime() ? v : best), null);
