// `public`: the citizen-facing function. Reads are open to anyone; writes need a WeChat user.
import * as v from 'valibot';
import type { FeedItem } from '../models/feed';
import type { StaffRole } from '../models/staff';
import { defineAction } from './action';

export const FEED_PAGE_MAX = 50;

export interface FeedPage {
  items: FeedItem[];
  /** Pass back to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface Me {
  signedIn: boolean;
  roles: StaffRole[];
  name: string | null;
}

export const publicApi = {
  listFeed: defineAction<FeedPage>()(
    v.strictObject({
      cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(FEED_PAGE_MAX))),
    }),
  ),
  getMe: defineAction<Me>()(v.strictObject({})),
};

export type PublicApi = typeof publicApi;
