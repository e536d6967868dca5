// Reviewers (and admins) only, never the revision's author; approves (publishes) or returns it. Approving
// carries the 保密审查 (basis, conclusion), stored on the revision and in the audit entry of the same transaction.
import { staffApi } from '#types/api/staff';
import { REVISION_COLLECTION } from '#types/models/revision';
import { failedPrecondition, invalidArgument } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { runTransaction } from '../../_shared/cloud';
import { publishRevision } from '../../_shared/content/publish-revision';
import { confidentialityCheck } from '../../_shared/confidentiality-check';
import { defineHandler } from '../../_shared/define-handler';
import { loadRevision } from '../load-revision';
import { toSummary } from '../revision-view';

export const reviewRevision = defineHandler(staffApi.reviewRevision, ['reviewer'], async ({ revisionId, decision, note, confidentiality }, { caller, now }) => {
  const me = (await caller()).openid as string;
  if (decision === 'reject' && !note) throw invalidArgument('退回时请写明原因，方便编辑修改');
  const check = decision === 'approve' ? confidentialityCheck(confidentiality, me, now) : null;
  return runTransaction(async (tx) => {
    const revision = await loadRevision(tx, revisionId);
    if (revision.authorId === me) throw failedPrecondition('不能审核自己提交的内容，请由其他审核员审核');
    // A retried decision that already took effect answers with the current state.
    const done = decision === 'approve' ? 'published' : 'rejected';
    if (revision.status === done && revision.reviewerId === me) return toSummary(revision, me);
    if (revision.status !== 'in_review') throw failedPrecondition('这条修订不在待审核状态');
    if (check) {
      await publishRevision(tx, revision, me, note, now, check);
      return toSummary({ ...revision, status: 'published', reviewerId: me, reviewNote: note, decidedAt: now, updatedAt: now, confidentiality: check }, me);
    }
    const after = { ...revision, status: 'rejected' as const, reviewerId: me, reviewNote: note, decidedAt: now, updatedAt: now };
    await tx.collection(REVISION_COLLECTION).doc(revisionId).update({ data: { status: 'rejected', reviewerId: me, reviewNote: note, decidedAt: now, updatedAt: now } });
    await recordAudit(tx, { actor: me, action: 'revision.reject', collection: REVISION_COLLECTION, targetId: revisionId, before: revision, after }, now);
    return toSummary(after, me);
  });
});
