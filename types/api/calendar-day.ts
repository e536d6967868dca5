// Dates people and staff send: YYYY-MM-DD that name a real calendar day (no 2026-02-30, no
// 2025-02-29), so nothing rolls over into the next month when stored.
import * as v from 'valibot';
import { fieldCheck } from './field-check';

/** Whether the text starts with a YYYY-MM-DD that round-trips through the calendar. */
export function isRealDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

const REAL_DAY = '不是存在的日期，请检查月份和日';

/** A calendar day, e.g. 2026-01-31. */
export const isoDay = v.pipe(v.string(), v.isoDate(), fieldCheck(isRealDay, REAL_DAY));

/** Beijing wall-clock time to the minute, e.g. 2026-12-01T08:00. */
export const isoDayTime = v.pipe(v.string(), v.isoDateTime(), fieldCheck(isRealDay, REAL_DAY));

/** An instant with its offset, e.g. 2026-01-31T08:00:00Z. */
export const isoInstant = v.pipe(v.string(), v.isoTimestamp(), fieldCheck(isRealDay, REAL_DAY));

// Day arithmetic on 'YYYY-MM-DD' strings, in UTC so no process time zone can move a day.
const DAY_MS = 86_400_000;

/** The calendar day after `day`. */
export const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** 0 Sunday … 6 Saturday. */
export const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

/** Every day from `from` to `to`, inclusive. */
export function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = nextDay(day)) out.push(day);
  return out;
}
