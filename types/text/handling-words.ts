// A guide's measured handling times in plain words, as the guide page and the work summary say them:
// "近半年平均 3.3 个工作日办结，承诺 5 个". Numbers with one decimal at most; nothing when nothing completed.
import type { ServiceTimes } from '../api/handling-views';

export const dayCount = (days: number): string => String(Math.round(days * 10) / 10);
export const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/** The headline sentence, or null when no case completed in the last half-year. */
export function handlingHeadline(t: Pick<ServiceTimes, 'current' | 'promisedDays'>): string | null {
  if (t.current.meanDays === null) return null;
  return `近半年平均 ${dayCount(t.current.meanDays)} 个工作日办结${t.promisedDays === null ? '' : `，承诺 ${t.promisedDays} 个`}`;
}

/** The change of the mean on the half-year before, in words: 比前半年缩短 52.9%. */
export function changeWords(change: number | null, earlier = '前半年'): string | null {
  if (change === null) return null;
  if (change === 0) return `与${earlier}持平`;
  return `比${earlier}${change < 0 ? '缩短' : '延长'} ${percent(Math.abs(change))}`;
}

/** The details under the headline: how many, the median, the share within the promise, the change. */
export function handlingDetails(t: ServiceTimes): string | null {
  const { current } = t;
  if (current.medianDays === null) return null;
  const parts = [`共办结 ${current.completed} 件`, `一半在 ${dayCount(current.medianDays)} 个工作日内办结`];
  if (current.withinPromisedShare !== null) parts.push(`${percent(current.withinPromisedShare)} 在承诺时限内办结`);
  const change = changeWords(t.meanChange);
  if (change) parts.push(`平均用时${change}`);
  return `${parts.join('，')}。`;
}
