// The reply clock per category: working days set by staff (case_settings), else the default. A
// stored clock keeps its basis (from, days) beside its deadline, so an extension adds days to the
// same basis and a deadline counted before its year's holidays were entered can be counted again.
import { CASE_CLOCKS_ID, CASE_REPLY_WORKING_DAYS, CASE_SETTINGS_COLLECTION, type CaseCategory, type CaseClock, type CaseClocksDoc } from '#types/models/case';
import { db, docOrNull } from '../cloud';
import { loadHolidayCalendars } from '../time/holiday-calendars';
import { addWorkingDays, calendarCovers } from '../time/working-days';

export async function replyDays(): Promise<Record<CaseCategory, number>> {
  const settings = await docOrNull<CaseClocksDoc>(db.collection(CASE_SETTINGS_COLLECTION).doc(CASE_CLOCKS_ID));
  // The disclosure clock is the regulation's, whatever is stored.
  return { ...CASE_REPLY_WORKING_DAYS, ...settings?.days, disclosure: CASE_REPLY_WORKING_DAYS.disclosure };
}

/** The deadline of a clock basis on the calendar this instance holds. */
export function dueOf(clock: CaseClock): { dueAt: Date; clock: CaseClock } {
  const dueAt = addWorkingDays(clock.from, clock.days);
  return { dueAt, clock: { ...clock, provisional: !calendarCovers(dueAt, clock.from) } };
}

/** A clock of `days` working days from `from`, on the calendar this instance holds (inside a transaction,
 * after `loadHolidayCalendars('clock')` outside it, so a retried transaction reads nothing again). */
export const clockOf = (from: Date, days: number): { dueAt: Date; clock: CaseClock } => dueOf({ from, days, provisional: false });

/** A clock of `days` working days from `from`, on the freshest calendar. */
export async function clockFrom(from: Date, days: number): Promise<{ dueAt: Date; clock: CaseClock }> {
  await loadHolidayCalendars('clock');
  return clockOf(from, days);
}

/** A new clock for a case of this category, starting now. */
export async function startClock(now: Date, category: CaseCategory): Promise<{ dueAt: Date; clock: CaseClock }> {
  // A clock staff cannot change needs no settings read.
  const days = category === 'disclosure' ? CASE_REPLY_WORKING_DAYS.disclosure : (await replyDays())[category];
  return clockFrom(now, days);
}
