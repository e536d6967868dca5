// The calendar years as staff see them: the library's (read-only) and the entered ones.
import { nextDay } from '#types/api/calendar-day';
import type { HolidayYearView } from '#types/api/holiday-calendar';
import { NEXT_YEAR_REMINDER_FROM, type HolidayRange, type HolidayYearDoc } from '#types/models/holiday-calendar';
import builtIn from 'chinese-days/dist/chinese-days.json';
import { builtInYears, calendarCovers, cstDay, endOfCstDay } from './working-days';

/** The library's holidays of one year as ranges of consecutive days with the same name. */
function libraryYear(year: number): HolidayYearView {
  const holidays: HolidayRange[] = [];
  for (const [day, label] of Object.entries(builtIn.holidays as Record<string, string>).filter(([d]) => d.startsWith(`${year}-`)).sort()) {
    const name = label.split(',')[1] ?? '';
    const last = holidays[holidays.length - 1];
    if (last && last.name === name && nextDay(last.to) === day) last.to = day;
    else holidays.push({ name, from: day, to: day });
  }
  const workdays = Object.keys(builtIn.workdays).filter((d) => d.startsWith(`${year}-`)).sort();
  return { year, holidays, workdays, source: '日历组件内置（国务院办公厅通知）', origin: 'library', updatedAt: null };
}

export function holidayYearViews(entered: HolidayYearDoc[]): HolidayYearView[] {
  const library = builtInYears().filter((y) => y >= 2020).map(libraryYear);
  const mine = entered.map(({ year, holidays, workdays, source, updatedAt }): HolidayYearView => ({ year, holidays, workdays, source, origin: 'entered', updatedAt: updatedAt.toISOString() }));
  return [...library, ...mine].sort((a, b) => b.year - a.year);
}

/** Next year, from 1 November (Beijing) while its calendar is missing; else null. */
export function missingNextYear(now: Date): number | null {
  const today = cstDay(now);
  const next = Number(today.slice(0, 4)) + 1;
  if (today.slice(5) < NEXT_YEAR_REMINDER_FROM) return null;
  return calendarCovers(endOfCstDay(`${next}-06-30`)) ? null : next;
}
