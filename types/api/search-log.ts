// The search log's actions: the page saying a hit was opened, and staff reading what people look for
// and do not find, week by week.
import * as v from 'valibot';
import { defineAction } from './action';

export interface SearchGapWeek {
  /** The Monday (Beijing) the week starts, 'YYYY-MM-DD'. */
  week: string;
  searches: number;
  unanswered: number;
  /** The most asked unanswered questions, most asked first. */
  top: { q: string; count: number; opened: number }[];
}

export const SEARCH_GAP_WEEKS_MAX = 12;
const logId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const searchLogPublicApi = {
  /** The person opened a hit of this search (the log id the search returned). */
  markSearchOpened: defineAction<{ marked: boolean }>()(v.strictObject({ logId })),
};

export const searchLogStaffApi = {
  /** 搜不到的问题: the most asked unanswered questions of each recent week, newest week first. */
  listSearchGaps: defineAction<{ weeks: SearchGapWeek[] }>()(
    v.strictObject({ weeks: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SEARCH_GAP_WEEKS_MAX)), 4) }),
  ),
};
