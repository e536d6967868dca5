// WeChat users only; comments on an open consultation, once per client request id, content-checked
// ("review" holds it for staff), at most 20 per person per consultation (held however many arrive at once).
import { publicApi } from '#types/api/public';
import { COMMENT_COLLECTION, COMMENTS_PER_PERSON, CONSULTATION_COLLECTION, type CommentDoc, type ConsultationDoc } from '#types/models/consultation';
import { failedPrecondition, invalidArgument, notFound } from '../../_shared/app-error';
import { caseId as requestHash } from '../../_shared/cases/case-id';
import { checkContent } from '../../_shared/cases/check-content';
import { _, countOf, db, docOrNull } from '../../_shared/cloud';
import { stateOf, toCommentView } from '../../_shared/consultations/consultation-view';
import { countComment } from '../../_shared/consultations/count-comment';
import { defineHandler } from '../../_shared/define-handler';
import { oncePerRequest } from '../../_shared/once-per-request';
import { type Quota, quotaRefusal, quotaUsed, takeQuota } from '../../_shared/quota';
import { stripControl } from '../../_shared/text/strip-control';

export const submitComment = defineHandler(publicApi.submitComment, 'user', async ({ id, section, text, requestId }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  const commentId = requestHash(openid, `comment:${requestId}`);
  const quota: Quota = { id: `comments:${id}:${openid}`, limit: COMMENTS_PER_PERSON, refusal: `每人对同一征求意见稿最多提 ${COMMENTS_PER_PERSON} 条意见` };
  await oncePerRequest('submitComment', openid, requestId, {
    prepare: async () => {
      const c = await docOrNull<ConsultationDoc>(db.collection(CONSULTATION_COLLECTION).doc(id));
      if (!c || c.lifecycle !== 'published') throw notFound('意见征集');
      const state = stateOf(c, now);
      if (state !== 'open') throw failedPrecondition(state === 'upcoming' ? '意见征集还没开始' : '意见征集已截止，谢谢关注');
      if (section >= c.sections.length) throw invalidArgument('没有这一部分');
      const used = await quotaUsed(quota, () => countOf(db.collection(COMMENT_COLLECTION).where({ consultationId: id, openid: _.eq(openid) })));
      if (used >= quota.limit) throw quotaRefusal(quota);
      const { held } = await checkContent(openid, text);
      const comment: Omit<CommentDoc, '_id'> = {
        consultationId: id, section, openid, text: stripControl(text), status: held ? 'held' : 'visible',
        hiddenReason: null, outcome: null, createdAt: now,
      };
      return { used, comment };
    },
    write: async (tx, { used, comment }) => {
      const ref = tx.collection(COMMENT_COLLECTION).doc(commentId);
      // Stored before request answers were kept: counted already.
      if (await docOrNull(ref)) return { commentId };
      await takeQuota(tx, quota, used, now);
      await tx.collection(COMMENT_COLLECTION).add({ data: { ...comment, _id: commentId } });
      if (comment.status === 'visible') await countComment(tx, id, section, 1);
      return { commentId };
    },
  }, now);
  const stored = await docOrNull<CommentDoc>(db.collection(COMMENT_COLLECTION).doc(commentId));
  if (!stored) throw new Error(`comment ${commentId} answered for request but not stored`);
  return toCommentView(stored, true);
});
