// Reviewers (and admins) only; withdraws a published item. It stays readable by link with a
// 已撤回 banner and its reason, and leaves the home feed and search.
import { staffApi } from '#types/api/staff';
import type { PublishedMeta } from '#types/models/content';
import { notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { CONTENT_KINDS } from '../../_shared/content/content-kinds';
import { addHistory } from '../../_shared/content/history';
import { writePublished } from '../../_shared/content/publish-revision';
import { defineHandler } from '../../_shared/define-handler';

export const withdrawItem = defineHandler(staffApi.withdrawItem, ['reviewer'], async ({ kind, targetId, reason }, { caller, now }) => {
  const me = (await caller()).openid as string;
  const spec = CONTENT_KINDS[kind];
  return runTransaction(async (tx) => {
    const current = await docOrNull<PublishedMeta & Record<string, unknown>>(tx.collection(spec.collection).doc(targetId));
    if (!current) throw notFound(spec.label);
    if (current.lifecycle === 'withdrawn') return { version: current.version };
    const after = { ...current, _id: targetId, lifecycle: 'withdrawn' as const, lifecycleNote: reason, version: current.version + 1, updatedAt: now };
    await writePublished(tx, kind, targetId, after);
    await addHistory(tx, kind, targetId, after.version, `已撤回：${reason}`, now);
    await recordAudit(tx, { actor: me, action: `${kind}.withdraw`, collection: spec.collection, targetId, before: current, after }, now);
    return { version: after.version };
  });
});
