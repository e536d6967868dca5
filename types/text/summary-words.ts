// Small phrases the work summary's draft is written with: a half-year's name, a count's change on the
// period before, a share as a percentage.
import { CASE_CHANNEL_LABELS, CASE_CHANNELS } from '../models/case';
import { FEED_KIND_LABELS, FEED_KINDS } from '../models/feed';
import { percent } from './handling-words';

export const halfName = (year: number, half: 1 | 2): string => `${year}年${half === 1 ? '上' : '下'}半年`;

/** "比2025年下半年增加 25%", "与2025年下半年持平"; null when the earlier count is 0 (no base to compare). */
export function countChange(current: number, previous: number, earlier: string): string | null {
  if (!previous) return null;
  if (current === previous) return `与${earlier}持平`;
  const change = (current - previous) / previous;
  return `比${earlier}${change > 0 ? '增加' : '减少'} ${percent(Math.abs(change))}`;
}

export const shareWords = (share: number | null): string => (share === null ? '无可统计的数据' : percent(share));

/** "政策 3 条、项目 2 个…" for the areas with anything published. */
export function publishedWords(byKind: Record<(typeof FEED_KINDS)[number], number>): string {
  const parts = FEED_KINDS.filter((k) => byKind[k] > 0).map((k) => `${FEED_KIND_LABELS[k]} ${byKind[k]} 条`);
  return parts.length ? parts.join('、') : '无';
}

/** "小程序 12 件、电话 3 件" for the channels that had any. */
export function channelWords(count: (channel: (typeof CASE_CHANNELS)[number]) => number): string {
  const parts = CASE_CHANNELS.filter((c) => count(c) > 0).map((c) => `${CASE_CHANNEL_LABELS[c]} ${count(c)} 件`);
  return parts.length ? parts.join('、') : '无';
}
