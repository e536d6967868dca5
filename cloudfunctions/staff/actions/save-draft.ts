// Editors (and admins) only; creates or updates their own draft of a new or published item.
import { staffApi } from '#types/api/staff';
import { REVISION_COLLECTION, type RevisionDoc } from '#types/models/revision';
import { failedPrecondition, notFound, permissionDenied } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { CONTENT_KINDS, parseContent } from '../../_shared/content/content-kinds';
import { newId } from '../../_shared/new-id';
import { defineHandler } from '../../_shared/define-handler';
import { attacherOf, fileIdsIn, requireAttachable } from '../../_shared/files/attachable-files';
import { toDetail } from '../revision-view';

export const saveDraft = defineHandler(staffApi.saveDraft, ['editor'], async (input, { caller, now }) => {
  const me = (await caller()).openid as string;
  const content = parseContent(input.kind, input.content);
  requireAttachable(fileIdsIn(content), attacherOf(await caller()));
  return runTransaction(async (tx) => {
    await CONTENT_KINDS[input.kind].check?.(tx, content, input.targetId ?? null);
    const ref = tx.collection(REVISION_COLLECTION).doc(input.revisionId);
    const existing = await docOrNull<RevisionDoc>(ref);
    if (existing) {
      if (existing.authorId !== me) throw permissionDenied();
      if (existing.kind !== input.kind) throw failedPrecondition('修订的类型不能更改');
      if (existing.status !== 'draft' && existing.status !== 'rejected') throw failedPrecondition('已提交审核或已发布的修订不能再修改');
      const updated: RevisionDoc = { ...existing, content, changeNote: input.changeNote, status: 'draft', updatedAt: now };
      const { _id, ...data } = updated;
      await ref.set({ data });
      await recordAudit(tx, { actor: me, action: 'revision.save', collection: REVISION_COLLECTION, targetId: _id, before: existing, after: updated }, now);
      return toDetail(updated, me);
    }
    // A kind with one document (the guide, the bureau) always revises that one, published yet or not.
    const singletonId = CONTENT_KINDS[input.kind].singletonId;
    if (singletonId && input.targetId && input.targetId !== singletonId) throw notFound(CONTENT_KINDS[input.kind].label);
    let targetId = singletonId ?? input.targetId;
    let baseVersion = 0;
    if (targetId) {
      const published = await docOrNull<{ version: number }>(tx.collection(CONTENT_KINDS[input.kind].collection).doc(targetId));
      if (!published && !singletonId) throw notFound(CONTENT_KINDS[input.kind].label);
      baseVersion = published?.version ?? 0;
    } else {
      targetId = `${input.kind}-${newId()}`;
    }
    const created: RevisionDoc = {
      _id: input.revisionId, kind: input.kind, targetId, baseVersion, content, changeNote: input.changeNote,
      status: 'draft', authorId: me, reviewerId: null, reviewNote: null, createdAt: now, updatedAt: now, submittedAt: null, decidedAt: null,
    };
    const { _id, ...data } = created;
    await ref.set({ data });
    await recordAudit(tx, { actor: me, action: 'revision.create', collection: REVISION_COLLECTION, targetId: _id, before: null, after: created }, now);
    return toDetail(created, me);
  });
});
