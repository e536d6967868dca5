// Editors and reviewers; an opinion voiced at a meeting, entered as a comment on the consultation
// marked 会上意见 (origin 'meeting'), visible and counted like an online one, and answered through
// recordOutcome like them. Once per request id; names nobody (openid empty). Audited.
import { staffApi } from '#types/api/staff';
import { COMMENT_COLLECTION, type CommentDoc } from '#types/models/consultation';
import { invalidArgument } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { caseId as requestHash } from '../../_shared/cases/case-id';
import { db, docOrNull } from '../../_shared/cloud';
import { toCommentView } from '../../_shared/consultations/consultation-view';
import { countComment } from '../../_shared/consultations/count-comment';
import { defineHandler } from '../../_shared/define-handler';
import { assertRecordable } from '../../_shared/meetings/meeting-held';
import { meetingOf } from '../../_shared/meetings/meeting-of';
import { oncePerRequest } from '../../_shared/once-per-request';

export const recordMeetingOpinion = defineHandler(staffApi.recordMeetingOpinion, ['editor', 'reviewer'], async ({ meetingId, section, text, requestId }, { caller, now }) => {
  const me = (await caller()).openid as string;
  const commentId = requestHash(me, `meeting-opinion:${requestId}`);
  const check = async (tx?: Parameters<typeof meetingOf>[1]) => {
    const { meeting, consultation } = await meetingOf(meetingId, tx);
    assertRecordable(meeting, consultation, now);
    if (section >= consultation.sections.length) throw invalidArgument('没有这一部分');
    return meeting;
  };
  await oncePerRequest('recordMeetingOpinion', me, requestId, {
    prepare: () => check(),
    write: async (tx, meeting) => {
      await check(tx);
      const comment: CommentDoc = {
        _id: commentId, consultationId: meeting.consultationId, section, openid: '', text, status: 'visible', hiddenReason: null, outcome: null,
        createdAt: now, origin: 'meeting', meetingId, recordedBy: me,
      };
      await tx.collection(COMMENT_COLLECTION).add({ data: comment });
      await countComment(tx, meeting.consultationId, section, 1);
      await recordAudit(tx, { actor: me, action: 'comment.meeting', collection: COMMENT_COLLECTION, targetId: commentId, before: null, after: comment }, now);
      return { commentId };
    },
  }, now);
  const stored = await docOrNull<CommentDoc>(db.collection(COMMENT_COLLECTION).doc(commentId));
  if (!stored) throw new Error(`comment ${commentId} answered for request but not stored`);
  return toCommentView(stored, true);
});
