// The 31 January clock: a year's report is due by the end of 31 January of the next year (Beijing); staff
// see it from 1 December of the report's year until it is published, counted in working days (the New
// Year holiday and weekends in between are the bureau's real time to finish it).
import { REPORT_CLOCK_FROM, REPORT_DUE } from '#types/models/annual-report';
import { daysFrom } from '#types/api/calendar-day';
import { cstDay, endOfCstDay, workingDaysBetween } from '../time/working-days';

const pad = (n: number): string => String(n).padStart(2, '0');

export const reportDueOn = (year: number): string => `${year + 1}-${pad(REPORT_DUE.month)}-${pad(REPORT_DUE.day)}`;

/** The report year whose clock shows on this instant's Beijing day: from 1 December, through the due day,
 * and as overdue to the end of February; null from March to November. */
export function reportYearShowing(now: Date): number | null {
  const day = cstDay(now);
  const year = Number(day.slice(0, 4));
  if (day >= `${year}-${pad(REPORT_CLOCK_FROM.month)}-${pad(REPORT_CLOCK_FROM.day)}`) return year;
  return day < `${year}-03-01` ? year - 1 : null;
}

/** Calendar and working days from today to the due day, the due day counted, today not. */
export function timeLeft(year: number, now: Date): { days: number; workingDays: number } {
  const due = reportDueOn(year);
  return { days: daysFrom(cstDay(now), due).length - 1, workingDays: workingDaysBetween(now, endOfCstDay(due)) };
}
