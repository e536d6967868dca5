// WeChat users only; comments on an open consultation, once per client request id, content-checked
// ("review" holds it for staff), at most 20 per person per consultation.
import { publicApi } from '#types/api/public';
import { COMMENT_COLLECTION, COMMENTS_PER_PERSON, CONSULTATION_COLLECTION, type CommentDoc, type ConsultationDoc } from '#types/models/consultation';
import { AppError, failedPrecondition, invalidArgument, notFound } from '../../_shared/app-error';
import { caseId as requestHash } from '../../_shared/cases/case-id';
import { checkContent } from '../../_shared/cases/check-content';
import { _, countOf, db, docOrNull, runTransaction } from '../../_shared/cloud';
import { stateOf, toCommentView } from '../../_shared/consultations/consultation-view';
import { countComment } from '../../_shared/consultations/count-comment';
import { defineHandler } from '../../_shared/define-handler';
import { stripControl } from '../../_shared/text/strip-control';

export const submitComment = defineHandler(publicApi.submitComment, 'user', async ({ id, section, text, requestId }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  const commentId = requestHash(openid, `comment:${requestId}`);
  const existing = await docOrNull<CommentDoc>(db.collection(COMMENT_COLLECTION).doc(commentId));
  if (existing) return toCommentView(existing, true);
  const c = await docOrNull<ConsultationDoc>(db.collection(CONSULTATION_COLLECTION).doc(id));
  if (!c || c.lifecycle !== 'published') throw notFound('意见征集');
  const state = stateOf(c, now);
  if (state !== 'open') throw failedPrecondition(state === 'upcoming' ? '意见征集还没开始' : '意见征集已截止，谢谢关注');
  if (section >= c.sections.length) throw invalidArgument('没有这一部分');
  if ((await countOf(db.collection(COMMENT_COLLECTION).where({ consultationId: id, openid: _.eq(openid) }))) >= COMMENTS_PER_PERSON) {
    throw new AppError('RESOURCE_EXHAUSTED', `每人对同一征求意见稿最多提 ${COMMENTS_PER_PERSON} 条意见`);
  }
  const { held } = await checkContent(openid, text);
  const comment: Omit<CommentDoc, '_id'> = {
    consultationId: id, section, openid, text: stripControl(text), status: held ? 'held' : 'visible',
    hiddenReason: null, outcome: null, createdAt: now,
  };
  await runTransaction(async (tx) => {
    const ref = tx.collection(COMMENT_COLLECTION).doc(commentId);
    if (await docOrNull(ref)) return;
    await ref.set({ data: comment });
    if (!held) await countComment(tx, id, section, 1);
  });
  return toCommentView({ ...comment, _id: commentId }, true);
});
