// Legal clocks count working days (工作日) on the national holiday calendar, make-up working days
// (调休) included, read in China Standard Time. The calendar comes from chinese-days, which follows
// the State Council's notices; a year not yet announced falls back to Monday-Friday, and
// `calendarCovers` tells callers so they can show a date as provisional.
import { getDayDetail, isWorkday } from 'chinese-days';

const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3600_000;
/** The last year the installed calendar knows (chinese-days 1.5.7 covers 2004-2026). */
export const LAST_CALENDAR_YEAR = 2026;

/** The calendar day (YYYY-MM-DD) an instant falls on in Beijing. */
export function cstDay(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string): boolean {
  return isWorkday(day);
}

/** The last instant (23:59:59.999 Beijing time) of a calendar day. */
export function endOfCstDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS - CST_OFFSET_MS - 1);
}

/**
 * The deadline `count` working days after `start`: counting begins the day after `start`, as legal
 * periods do, and the deadline is the end of that working day.
 */
export function addWorkingDays(start: Date, count: number): Date {
  let day = cstDay(start);
  for (let left = count; left > 0; ) {
    day = nextDay(day);
    if (isWorkingDay(day)) left -= 1;
  }
  return endOfCstDay(day);
}

/** Working days after `from`'s day up to and including `to`'s day (0 when `to` is not later). */
export function workingDaysBetween(from: Date, to: Date): number {
  const last = cstDay(to);
  let day = cstDay(from);
  let count = 0;
  while (day < last) {
    day = nextDay(day);
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/** Whether the official calendar (not the weekday fallback) decides this day. */
export function calendarCovers(at: Date): boolean {
  return Number(cstDay(at).slice(0, 4)) <= LAST_CALENDAR_YEAR && getDayDetail(cstDay(at)).date !== undefined;
}
