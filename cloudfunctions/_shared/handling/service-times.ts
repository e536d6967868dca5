// A guide's measured handling times: the last half-year up to `today` and the half-year before it.
import type { ServiceTimes } from '#types/api/handling-views';
import { cstDay } from '../time/working-days';
import { recentHalfYears } from '../time/day-range';
import { completedDaysByCode } from './completed-days';
import { handlingWindow, meanChange } from './handling-window';

export async function serviceTimes(guide: { itemCode: string; promisedDays: number | null }, now: Date): Promise<ServiceTimes> {
  const { current, previous } = recentHalfYears(cstDay(now));
  const [now6, before6] = await Promise.all([completedDaysByCode(current, guide.itemCode), completedDaysByCode(previous, guide.itemCode)]);
  const currentWindow = handlingWindow(now6.get(guide.itemCode) ?? [], guide.promisedDays, current);
  const previousWindow = handlingWindow(before6.get(guide.itemCode) ?? [], guide.promisedDays, previous);
  return { itemCode: guide.itemCode, promisedDays: guide.promisedDays, current: currentWindow, previous: previousWindow, meanChange: meanChange(currentWindow, previousWindow) };
}
