// Anyone may call (public information); reads the home feed, newest first, a page at a time.
import { publicApi } from '#types/api/public';
import { FEED_COLLECTION, type FeedDoc, type FeedItem } from '#types/models/feed';
import { invalidArgument } from '../../_shared/app-error';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

const DEFAULT_PAGE = 20;
type Condition = Parameters<ReturnType<typeof db.collection>['where']>[0];

// The cursor is the last item's publish time and id: stable while new items are published above it.
function decodeCursor(cursor: string): { at: Date; id: string } {
  const match = /^(\d{1,15})_([A-Za-z0-9_-]{1,64})$/.exec(cursor);
  if (!match) throw invalidArgument('翻页参数无效，请刷新后重试');
  return { at: new Date(Number(match[1])), id: match[2] as string };
}

const encodeCursor = (doc: FeedDoc): string => `${doc.publishedAt.getTime()}_${doc._id}`;

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
  let condition: Condition = { publishedAt: _.lte(now) };
  if (cursor) {
    const { at, id } = decodeCursor(cursor);
    condition = _.and([condition, _.or([{ publishedAt: _.lt(at) }, { publishedAt: at, _id: _.lt(id) }])]);
  }
  const docs = await docsOf<FeedDoc>(
    db.collection(FEED_COLLECTION).where(condition).orderBy('publishedAt', 'desc').orderBy('_id', 'desc').limit(limit + 1),
  );
  const page = docs.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(toItem), nextCursor: docs.length > limit && last ? encodeCursor(last) : null };
});
