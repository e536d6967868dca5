// The 双公示 clock: a decision is due online by the end of the 7th working day after its date (Beijing
// calendar, holidays and make-up days counted); one that first went online later is late. Call after
// loadHolidayCalendars('clock').
import { DECISION_DUE_WORKING_DAYS } from '#types/models/decision';
import { beijingStartOf } from '../time/beijing-time';
import { addWorkingDays } from '../time/working-days';

export function decisionClock(decisionDate: Date, publishedAt: Date): { dueAt: Date; late: boolean } {
  const dueAt = addWorkingDays(beijingStartOf(decisionDate), DECISION_DUE_WORKING_DAYS);
  return { dueAt, late: publishedAt > dueAt };
}
