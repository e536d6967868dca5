// Anyone may call; visible comments on a consultation (or one section), newest first, masked, unnamed.
import { publicApi } from '#types/api/public';
import { COMMENT_COLLECTION, type CommentDoc } from '#types/models/consultation';
import { _, db, docsOf } from '../../_shared/cloud';
import { toCommentView } from '../../_shared/consultations/consultation-view';
import { defineHandler } from '../../_shared/define-handler';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';

export const listComments = defineHandler(publicApi.listComments, 'anyone', async ({ id, section, cursor, limit = 20 }) => {
  const visible = { consultationId: id, status: 'visible', ...(section === undefined ? {} : { section }) };
  const condition = cursor ? _.and([visible, olderThan('createdAt', decodeCursor(cursor))]) : visible;
  const rows = await docsOf<CommentDoc>(db.collection(COMMENT_COLLECTION).where(condition).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (c) => c.createdAt);
  return { items: page.map((c) => toCommentView(c)), nextCursor };
});
