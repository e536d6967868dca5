// A guide's measured handling times: the last half-year up to `today` and the half-year before it.
import type { ServiceTimes } from '#types/api/handling-views';
import { cstDay } from '../time/working-days';
import { recentHalfYears } from '../time/day-range';
import { completedOf } from './completed-days';
import { handlingWindow, meanChange } from './handling-window';

export async function serviceTimes(guide: { itemCode: string; promisedDays: number | null }, now: Date): Promise<ServiceTimes> {
  const { current, previous } = recentHalfYears(cstDay(now));
  const done = await completedOf(guide.itemCode, { from: previous.from, to: current.to });
  const inCurrent = (at: Date): boolean => cstDay(at) >= current.from;
  const currentWindow = handlingWindow(done.filter((d) => inCurrent(d.completedAt)).map((d) => d.workingDays), guide.promisedDays, current);
  const previousWindow = handlingWindow(done.filter((d) => !inCurrent(d.completedAt)).map((d) => d.workingDays), guide.promisedDays, previous);
  return { itemCode: guide.itemCode, promisedDays: guide.promisedDays, current: currentWindow, previous: previousWindow, meanChange: meanChange(currentWindow, previousWindow) };
}
