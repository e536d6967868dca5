import type { FeedPage } from '#types/api/public';
import type { Result } from '#types/result';
import { call } from '@/lib/cloud';

export const FEED_PAGE_SIZE = 20;

/** H5: index.html's inline script asks for the first page while the app's code is still on its way,
 * and leaves the body it posted and the answer's JSON to come on window.__earlyFirstPage. */
interface EarlyFirstPage {
  body: string;
  answer: Promise<unknown>;
}

/** That early answer, taken once (a reload asks again), and only if it was asked exactly as the app asks. */
function takeEarlyFirstPage(action: string, payload: object): Promise<unknown> | undefined {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return undefined;
  const holder = window as unknown as { __earlyFirstPage?: EarlyFirstPage };
  const early = holder.__earlyFirstPage;
  holder.__earlyFirstPage = undefined;
  return early?.body === JSON.stringify({ action, payload }) ? early.answer : undefined;
}

/** One page of the home feed; reads are safe to retry on a weak network. */
export function fetchFeedPage(cursor?: string): Promise<Result<FeedPage>> {
  if (cursor) return call('public', 'listFeed', { limit: FEED_PAGE_SIZE, cursor }, { retry: true });
  const payload = { limit: FEED_PAGE_SIZE };
  return call('public', 'listFeed', payload, { retry: true, sent: takeEarlyFirstPage('listFeed', payload) });
}
