// Legal clocks count working days (工作日) on the national holiday calendar, make-up working days
// (调休) included, on Beijing calendar days whatever the process's time zone (cloud functions run in
// UTC). The calendar is data: the years chinese-days ships with (read from its JSON, never through its
// date parser, which reads strings in the process zone), plus years an admin entered from the State
// Council's notice (see holiday-calendars.ts). A year in neither falls back to Monday-Friday, and
// `calendarCovers` tells callers so they show such a date as provisional.
import builtIn from 'chinese-days/dist/chinese-days.json';
import { daysFrom, nextDay, weekdayOf } from '#types/api/calendar-day';
import type { HolidayYear } from '#types/models/holiday-calendar';

const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3600_000;

interface Calendar {
  holidays: Set<string>;
  workdays: Set<string>;
  years: Set<number>;
}

const yearOf = (day: string): number => Number(day.slice(0, 4));

function builtInCalendar(): Calendar {
  const holidays = new Set(Object.keys(builtIn.holidays));
  const workdays = new Set(Object.keys(builtIn.workdays));
  return { holidays, workdays, years: new Set([...holidays].map(yearOf)) };
}

const BUILT_IN = builtInCalendar();
let calendar: Calendar = BUILT_IN;

/** The years the library ships with: an admin may not overwrite these. */
export const builtInYears = (): number[] => [...BUILT_IN.years].sort((a, b) => a - b);

/** Installs the admin-entered years on top of the built-in calendar (for this instance). */
export function useEnteredYears(years: HolidayYear[]): void {
  const next: Calendar = { holidays: new Set(BUILT_IN.holidays), workdays: new Set(BUILT_IN.workdays), years: new Set(BUILT_IN.years) };
  for (const y of years) {
    if (BUILT_IN.years.has(y.year)) continue;
    next.years.add(y.year);
    for (const h of y.holidays) for (const day of daysFrom(h.from, h.to)) next.holidays.add(day);
    for (const day of y.workdays) next.workdays.add(day);
  }
  calendar = next;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in Beijing. */
export function cstDay(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string): boolean {
  if (calendar.holidays.has(day)) return false;
  if (calendar.workdays.has(day)) return true;
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
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

/** Whether the official calendar (not the weekday fallback) decides every day from `from` to `to`. */
export function calendarCovers(to: Date, from: Date = to): boolean {
  for (let year = yearOf(cstDay(from)); year <= yearOf(cstDay(to)); year++) if (!calendar.years.has(year)) return false;
  return true;
}

/** Whether a calendar day is an official holiday (法定节假日, with the days joined to it). */
export const isHoliday = (day: string): boolean => calendar.holidays.has(day);
