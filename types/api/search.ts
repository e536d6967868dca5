// `search`: its own function, because a cold instance must read and index every published item before
// it answers (sized for that in function-limits), while `public` stays quick to start.
import * as v from 'valibot';
import { defineAction } from './action';
import { healthApi } from './health';
import { searchLogPublicApi } from './search-log';
import type { SearchResult } from './search-views';
import { line } from './text-rule';

export const searchApi = {
  /** Anyone: everything published that answers the question, or the ask-us path first when nothing does. */
  search: defineAction<SearchResult>()(
    v.strictObject({ q: line(50), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30))) }),
  ),
  ...searchLogPublicApi,
  ...healthApi,
};

export type SearchApi = typeof searchApi;
