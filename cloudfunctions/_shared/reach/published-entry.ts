// The feed entry of a published item and the page it opens, or a refusal in the caller's words: what is
// not published (a draft, a withdrawn item, one scheduled for later) gets no link, poster or confirmation.
import { FEED_COLLECTION, FEED_PATHS, type FeedDoc } from '#types/models/feed';
import { failedPrecondition } from '../app-error';
import { db, docsOf } from '../cloud';

export async function publishedEntry(refId: string, now: Date, refusal: string): Promise<{ entry: FeedDoc; path: string }> {
  const [entry] = await docsOf<FeedDoc>(db.collection(FEED_COLLECTION).where({ refId }).limit(1));
  const path = entry ? FEED_PATHS[entry.kind]?.(refId) : undefined;
  if (!entry || !path || entry.publishedAt > now) throw failedPrecondition(refusal);
  return { entry, path };
}
