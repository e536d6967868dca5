// The draft's author only (editor or admin); sends a draft or a returned revision for review.
import { staffApi } from '#types/api/staff';
import { REVISION_COLLECTION } from '#types/models/revision';
import { failedPrecondition, permissionDenied } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { loadRevision } from '../load-revision';
import { toSummary } from '../revision-view';

export const submitRevision = defineHandler(staffApi.submitRevision, ['editor'], async ({ revisionId }, { caller, now }) => {
  const me = (await caller()).openid as string;
  return runTransaction(async (tx) => {
    const revision = await loadRevision(tx, revisionId);
    if (revision.authorId !== me) throw permissionDenied();
    if (revision.status === 'in_review') return toSummary(revision, me); // a retried submit
    if (revision.status !== 'draft' && revision.status !== 'rejected') throw failedPrecondition('只有草稿或被退回的修订可以提交审核');
    const after = { ...revision, status: 'in_review' as const, submittedAt: now, updatedAt: now };
    await tx.collection(REVISION_COLLECTION).doc(revisionId).update({ data: { status: 'in_review', submittedAt: now, updatedAt: now } });
    await recordAudit(tx, { actor: me, action: 'revision.submit', collection: REVISION_COLLECTION, targetId: revisionId, before: revision, after }, now);
    return toSummary(after, me);
  });
});
