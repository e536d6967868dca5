// A half-year's figures and the half-year before's, counted at `now`. A half-year that has not begun has none.
import type { SummaryFigures } from '#types/api/work-summary-views';
import { failedPrecondition } from '../app-error';
import { type Half, halfYear, previousHalf } from '../time/day-range';
import { cstDay } from '../time/working-days';
import { periodFigures } from './period-figures';

export async function summaryFigures(year: number, half: Half, now: Date): Promise<SummaryFigures> {
  const range = halfYear(year, half);
  if (range.from > cstDay(now)) throw failedPrecondition('这个半年还没有开始，没有可统计的数据');
  const before = previousHalf(year, half);
  const [current, previous] = await Promise.all([periodFigures(range, now), periodFigures(halfYear(before.year, before.half), now)]);
  return { year, half, current, previous };
}
