// The figures for one window of completed cases: how many, median and mean working days, the share
// within the guide's promised limit, and the change of the mean on an earlier window. Pure.
import type { HandlingWindow } from '#types/api/handling-views';
import { mean, median, oneDecimal, shareOf } from '../stats/median';
import type { DayRange } from '../time/day-range';

export function handlingWindow(days: number[], promisedDays: number | null, range: DayRange): HandlingWindow {
  return {
    ...range,
    completed: days.length,
    medianDays: oneDecimal(median(days)),
    meanDays: oneDecimal(mean(days)),
    withinPromisedShare: promisedDays === null ? null : shareOf(days.filter((d) => d <= promisedDays).length, days.length),
  };
}

/** −0.3 when the mean fell by 30%; null when either window is empty, or the earlier mean was 0. */
export function meanChange(current: HandlingWindow, previous: HandlingWindow): number | null {
  if (current.meanDays === null || !previous.meanDays) return null;
  return Math.round(((current.meanDays - previous.meanDays) / previous.meanDays) * 1000) / 1000;
}
