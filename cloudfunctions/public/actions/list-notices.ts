// Anyone may call; the notice centre, newest first, with read marks for a signed-in reader.
import { publicApi } from '#types/api/public';
import { NOTICE_COLLECTION, NOTICE_READ_COLLECTION, type NoticeDoc } from '#types/models/notice';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';
import { toNoticeItem } from '../queries/notice-item';

export const listNotices = defineHandler(publicApi.listNotices, 'anyone', async ({ kind, cursor, limit = 20 }, { caller, now }) => {
  const visible = { lifecycle: 'published', publishedAt: _.lte(now), ...(kind ? { kind } : {}) };
  const condition = cursor ? _.and([visible, olderThan('publishedAt', decodeCursor(cursor))]) : visible;
  const rows = await docsOf<NoticeDoc>(db.collection(NOTICE_COLLECTION).where(condition).orderBy('publishedAt', 'desc').orderBy('_id', 'desc').limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (row) => row.publishedAt);
  const { openid } = await caller();
  const readIds = new Set<string>();
  if (openid && page.length) {
    const reads = await docsOf<{ noticeId: string }>(db.collection(NOTICE_READ_COLLECTION).where({ _id: _.in(page.map((n) => `${openid}:${n._id}`)) }).limit(page.length));
    for (const r of reads) readIds.add(r.noticeId);
  }
  return { items: page.map((n) => toNoticeItem(n, readIds.has(n._id))), nextCursor };
});
