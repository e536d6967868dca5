import type { FeedPage } from '#types/api/public';
import type { Result } from '#types/result';
import { call } from '@/lib/cloud';

export const FEED_PAGE_SIZE = 20;

/** One page of the home feed; reads are safe to retry on a weak network. */
export function fetchFeedPage(cursor?: string): Promise<Result<FeedPage>> {
  return call('public', 'listFeed', { limit: FEED_PAGE_SIZE, ...(cursor ? { cursor } : {}) }, { retry: true });
}
