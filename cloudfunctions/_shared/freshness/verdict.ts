// The state of one duty at one instant: overdue once past its due instant, due soon when it falls
// due within the next 10 working days, otherwise ok.
import { DUE_SOON_WORKING_DAYS, type DutyVerdict, type WorkingCalendar } from '#types/models/freshness';

// The horizon of the last instant asked about: a check asks thousands of times at one instant.
let horizon: { now: number; calendar: WorkingCalendar; soon: Date } | null = null;

function dueSoonBy(now: Date, calendar: WorkingCalendar): Date {
  if (horizon?.now !== now.getTime() || horizon.calendar !== calendar) horizon = { now: now.getTime(), calendar, soon: calendar.addWorkingDays(now, DUE_SOON_WORKING_DAYS) };
  return horizon.soon;
}

export function verdict(dueAt: Date, now: Date, calendar: WorkingCalendar, duty: string): DutyVerdict {
  if (now.getTime() > dueAt.getTime()) return { state: 'overdue', dueAt, duty };
  const soon = dueSoonBy(now, calendar);
  return { state: dueAt.getTime() <= soon.getTime() ? 'due_soon' : 'ok', dueAt, duty };
}

/** The earliest of several verdicts' due instants decides (ties: the first). */
export const earliest = (verdicts: DutyVerdict[]): DutyVerdict | null =>
  verdicts.reduce<DutyVerdict | null>((best, v) => (best === null || v.dueAt.getTime() < best.dueAt.getTime() ? v : best), null);
