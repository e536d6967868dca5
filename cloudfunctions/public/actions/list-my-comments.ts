// WeChat users only; the caller's own comments, newest first, with status and outcome.
import { publicApi } from '#types/api/public';
import { COMMENT_COLLECTION, CONSULTATION_COLLECTION, type CommentDoc, type ConsultationDoc } from '#types/models/consultation';
import { _, db, docsOf } from '../../_shared/cloud';
import { toCommentView } from '../../_shared/consultations/consultation-view';
import { defineHandler } from '../../_shared/define-handler';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';

export const listMyComments = defineHandler(publicApi.listMyComments, 'user', async ({ cursor, limit = 20 }, { caller }) => {
  const mine = { openid: (await caller()).openid as string };
  const condition = cursor ? _.and([mine, olderThan('createdAt', decodeCursor(cursor))]) : mine;
  const rows = await docsOf<CommentDoc>(db.collection(COMMENT_COLLECTION).where(condition).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (c) => c.createdAt);
  const ids = [...new Set(page.map((c) => c.consultationId))];
  const titles = ids.length ? await docsOf<Pick<ConsultationDoc, '_id' | 'title'>>(db.collection(CONSULTATION_COLLECTION).where({ _id: _.in(ids) }).limit(ids.length).field({ title: true })) : [];
  const titleOf = new Map(titles.map((t) => [t._id, t.title]));
  return { items: page.map((c) => toCommentView(c, true, titleOf.get(c.consultationId))), nextCursor };
});
