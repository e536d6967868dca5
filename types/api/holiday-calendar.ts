// Holiday calendars an admin enters from the State Council's notice, and the checks the editor in
// the browser and the function both apply.
import * as v from 'valibot';
import type { HolidayYear } from '../models/holiday-calendar';
import { defineAction } from './action';
import { daysFrom, isRealDay, weekdayOf } from './calendar-day';
import { line } from './text-rule';

export interface HolidayYearView extends HolidayYear {
  /** 'library': shipped with the calendar package, read-only; 'entered': entered by an admin. */
  origin: 'library' | 'entered';
  updatedAt: string | null;
}

export interface StaffReminder {
  /** Stable per rule and subject, so a page can list them with keys. */
  key: string;
  /** 'urgent' shows first and in red. */
  level: 'urgent' | 'info';
  text: string;
  /** A staff page that deals with it. */
  page: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// The shared calendar check never throws (a Date built from 2027-00-10 is invalid, and formatting it would).
const isDay = (day: string): boolean => DAY.test(day) && isRealDay(day);
const day = v.pipe(v.string(), v.trim(), v.check(isDay, '日期须为真实存在的日期（如 2027-01-01）'));

const holidayYearSchema = v.strictObject({
  year: v.pipe(v.number(), v.integer(), v.minValue(2020, '年份须在 2020 至 2100 之间'), v.maxValue(2100, '年份须在 2020 至 2100 之间')),
  holidays: v.pipe(
    v.array(v.strictObject({ name: line(10), from: day, to: day })),
    v.minLength(1, '至少填写一个节假日'),
    v.maxLength(20, '节假日最多 20 段'),
  ),
  workdays: v.pipe(v.array(day), v.maxLength(20, '调休上班日最多 20 天')),
  source: line(100, 4),
});

/** What a year's calendar must satisfy beyond its shape; null when it is fine. */
export function holidayYearProblem(y: HolidayYear): string | null {
  const inYear = (d: string): boolean => d.startsWith(`${y.year}-`);
  const off = new Set<string>();
  for (const h of y.holidays) {
    if (!inYear(h.from) || !inYear(h.to)) return `${h.name}的日期须在 ${y.year} 年内`;
    if (h.to < h.from) return `${h.name}的结束日期早于开始日期`;
    if (Date.parse(h.to) - Date.parse(h.from) > 9 * 86_400_000) return `${h.name}放假超过 10 天，请核对`;
    for (const d of daysFrom(h.from, h.to)) {
      if (off.has(d)) return `${d} 在两个节假日里重复出现`;
      off.add(d);
    }
  }
  const seen = new Set<string>();
  for (const d of y.workdays) {
    if (!inYear(d)) return `调休上班日 ${d} 须在 ${y.year} 年内`;
    if (seen.has(d)) return `调休上班日 ${d} 重复`;
    seen.add(d);
    if (off.has(d)) return `${d} 既是放假日又是调休上班日`;
    if (weekdayOf(d) !== 0 && weekdayOf(d) !== 6) return `调休上班日 ${d} 不是周六或周日`;
  }
  return null;
}

export const holidayYearInput = v.pipe(
  holidayYearSchema,
  v.check((y) => holidayYearProblem(y) === null, (issue) => holidayYearProblem(issue.input as HolidayYear) ?? '节假日安排有误'),
);

export const holidayCalendarApi = {
  /** Every year the clocks know, the library's and the entered ones, newest first. */
  listHolidayYears: defineAction<{ items: HolidayYearView[]; missingNextYear: number | null }>()(v.strictObject({})),
  /** Admins: enters or corrects a year the library does not cover. Idempotent; audited. */
  saveHolidayYear: defineAction<{ year: HolidayYearView; recomputed: number }>()(holidayYearInput),
  /** What staff should see to before it is late: one list, every rule. */
  listStaffReminders: defineAction<{ items: StaffReminder[] }>()(v.strictObject({})),
};
