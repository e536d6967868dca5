// Editors and reviewers; after a consultation closes, records what became of a comment. Audited.
import { staffApi } from '#types/api/staff';
import { COMMENT_COLLECTION, CONSULTATION_COLLECTION, type CommentDoc, type ConsultationDoc } from '#types/models/consultation';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { stateOf, toCommentView } from '../../_shared/consultations/consultation-view';
import { defineHandler } from '../../_shared/define-handler';

export const recordOutcome = defineHandler(staffApi.recordOutcome, ['editor', 'reviewer'], async ({ id, decision, reason }, { caller, now }) => {
  const me = (await caller()).openid as string;
  return runTransaction(async (tx) => {
    const ref = tx.collection(COMMENT_COLLECTION).doc(id);
    const c = await docOrNull<CommentDoc>(ref);
    if (!c) throw notFound('意见');
    const consultation = await docOrNull<ConsultationDoc>(tx.collection(CONSULTATION_COLLECTION).doc(c.consultationId));
    if (!consultation) throw notFound('意见征集');
    if (stateOf(consultation, now) !== 'closed') throw failedPrecondition('意见征集截止后才能记录处理结果');
    if (consultation.outcome) throw failedPrecondition('处理结果已经公布，不能再修改');
    const outcome = { decision, reason, at: now };
    await ref.update({ data: { outcome } });
    await recordAudit(tx, { actor: me, action: 'comment.outcome', collection: COMMENT_COLLECTION, targetId: id, before: c, after: { ...c, outcome } }, now);
    return toCommentView({ ...c, outcome }, true);
  });
});
