// Reviewers (and admins) only; hides a comment with a reason the person sees, or shows a held one.
// The consultation's visible count follows. Audited.
import { staffApi } from '#types/api/staff';
import { COMMENT_COLLECTION, type CommentDoc } from '#types/models/consultation';
import { invalidArgument, notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { toCommentView } from '../../_shared/consultations/consultation-view';
import { countComment } from '../../_shared/consultations/count-comment';
import { defineHandler } from '../../_shared/define-handler';

export const moderateComment = defineHandler(staffApi.moderateComment, ['reviewer'], async ({ id, hide, reason }, { caller, now }) => {
  const me = (await caller()).openid as string;
  if (hide && !reason) throw invalidArgument('隐藏意见须写明理由，提意见的人会看到');
  return runTransaction(async (tx) => {
    const ref = tx.collection(COMMENT_COLLECTION).doc(id);
    const c = await docOrNull<CommentDoc>(ref);
    if (!c) throw notFound('意见');
    const status = hide ? ('hidden' as const) : ('visible' as const);
    if (c.status === status) return toCommentView(c, true);
    const after = { ...c, status, hiddenReason: hide ? reason : null };
    await ref.update({ data: { status, hiddenReason: after.hiddenReason } });
    const delta = (status === 'visible' ? 1 : 0) - (c.status === 'visible' ? 1 : 0);
    if (delta) await countComment(tx, c.consultationId, c.section, delta);
    await recordAudit(tx, { actor: me, action: hide ? 'comment.hide' : 'comment.show', collection: COMMENT_COLLECTION, targetId: id, before: c, after }, now);
    return toCommentView(after, true);
  });
});
