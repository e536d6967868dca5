// Anyone may call (public information); reads the home feed, newest first, a page at a time.
import { publicApi } from '#types/api/public';
import { FEED_COLLECTION, type FeedDoc, type FeedItem } from '#types/models/feed';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';

const DEFAULT_PAGE = 20;

const toItem = (doc: FeedDoc): FeedItem => ({
  id: doc._id,
  kind: doc.kind,
  refId: doc.refId,
  title: doc.title,
  summary: doc.summary,
  publishedAt: doc.publishedAt.toISOString(),
});

export const listFeed = defineHandler(publicApi.listFeed, 'anyone', async ({ cursor, limit = DEFAULT_PAGE }, { now }) => {
  // Items scheduled for later stay hidden until their time comes.
  const visible = { publishedAt: _.lte(now) };
  const condition = cursor ? _.and([visible, olderThan('publishedAt', decodeCursor(cursor))]) : visible;
  const rows = await docsOf<FeedDoc>(
    db.collection(FEED_COLLECTION).where(condition).orderBy('publishedAt', 'desc').orderBy('_id', 'desc').limit(limit + 1),
  );
  const { page, nextCursor } = pageOf(rows, limit, (row) => row.publishedAt);
  return { items: page.map(toItem), nextCursor };
});
