// A span of Beijing calendar days ('YYYY-MM-DD', both ends included) and the instants that bound it:
// the last half-year before a day and the one before that, and the calendar half-years (1–6 and 7–12
// months) that work summaries cover.
export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

export const shiftDay = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The instant a Beijing day begins. */
export const dayStart = (day: string): Date => new Date(`${day}T00:00:00+08:00`);

/** [start, end): the first instant of `from` and the first instant after `to`. */
export const rangeBounds = ({ from, to }: DayRange): { start: Date; end: Date } => ({ start: dayStart(from), end: dayStart(shiftDay(to, 1)) });

export const HALF_YEAR_DAYS = 182;

/** The 182 days up to and including `today`, and the 182 before them. */
export function recentHalfYears(today: string): { current: DayRange; previous: DayRange } {
  return {
    current: { from: shiftDay(today, 1 - HALF_YEAR_DAYS), to: today },
    previous: { from: shiftDay(today, 1 - 2 * HALF_YEAR_DAYS), to: shiftDay(today, -HALF_YEAR_DAYS) },
  };
}

export type Half = 1 | 2;

/** 上半年 (January–June) or 下半年 (July–December) of a year. */
export const halfYear = (year: number, half: Half): DayRange => (half === 1 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` });

export const previousHalf = (year: number, half: Half): { year: number; half: Half } => (half === 2 ? { year, half: 1 } : { year: year - 1, half: 2 });
