// Publishing an approved revision, all in one transaction: the published document (version + 1),
// its change-history line, the home feed, the search index, the revision's state and the audit log; the
// revision and the audit entry carry the 保密审查 it was approved with.
// A policy that replaces another marks the old one superseded, which stays readable with a banner.
import { FEED_COLLECTION } from '#types/models/feed';
import type { PublishedMeta } from '#types/models/content';
import { POLICY_COLLECTION } from '#types/models/policy';
import type { ConfidentialityCheck } from '#types/models/confidentiality';
import { REVISION_COLLECTION, type RevisionDoc } from '#types/models/revision';
import { failedPrecondition, notFound } from '../app-error';
import { recordAudit } from '../audit';
import { docOrNull, type Tx } from '../cloud';
import { putSearchEntry, searchKey } from '../search/search-store';
import { CONTENT_KINDS, contentToPublish } from './content-kinds';
import { addHistory } from './history';

type Published = PublishedMeta & Record<string, unknown>;

export async function writePublished(tx: Tx, kind: RevisionDoc['kind'], id: string, doc: Published): Promise<void> {
  const spec = CONTENT_KINDS[kind];
  const { _id: _omit, ...data } = doc;
  await tx.collection(spec.collection).doc(id).set({ data });
  const withId = { ...doc, _id: id };
  const feedRef = tx.collection(FEED_COLLECTION).doc(`${kind}-${id}`);
  if (spec.feed && doc.lifecycle === 'published') await feedRef.set({ data: spec.feed(withId) });
  else if (spec.feed && (await docOrNull(feedRef))) await feedRef.remove();
  await putSearchEntry(tx, searchKey(kind, id), spec.search(withId));
}

export async function publishRevision(tx: Tx, revision: RevisionDoc, reviewerId: string, reviewNote: string, now: Date, check: ConfidentialityCheck): Promise<Published> {
  const spec = CONTENT_KINDS[revision.kind];
  const current = await docOrNull<Published>(tx.collection(spec.collection).doc(revision.targetId));
  const currentVersion = current?.version ?? 0;
  if (currentVersion !== revision.baseVersion) {
    throw failedPrecondition('这条内容在你编辑期间已有新版本发布，请基于最新版本重新编辑后再提交');
  }
  await spec.check?.(tx, revision.content, revision.targetId);
  const policyId = revision.kind === 'qa' ? (revision.content.policyId as string | null) : null;
  if (policyId && !(await docOrNull(tx.collection(POLICY_COLLECTION).doc(policyId)))) throw notFound('关联的政策');
  const base = current ?? { publishedAt: now, lifecycle: 'published', lifecycleNote: null, votes: { helpful: 0, unhelpful: 0 }, ...spec.defaults };
  const content = contentToPublish(revision.kind, current, revision.content);
  const derived = spec.derive?.(content, now) ?? {};
  const doc = { ...base, ...content, ...derived, _id: revision.targetId, version: currentVersion + 1, updatedAt: now } as Published;
  await writePublished(tx, revision.kind, revision.targetId, doc);
  await addHistory(tx, revision.kind, revision.targetId, doc.version, revision.changeNote || (doc.version === 1 ? '首次发布' : '内容更新'), now);
  await spec.afterPublish?.(tx, doc, now);

  const replaces = revision.kind === 'policy' ? (revision.content.replaces as string | null) : null;
  if (replaces && replaces !== revision.targetId) {
    const old = await docOrNull<Published>(tx.collection(POLICY_COLLECTION).doc(replaces));
    if (!old) throw notFound('被替代的政策');
    if (old.supersededBy !== revision.targetId) {
      const note = `已被《${String(revision.content.title)}》替代`;
      const superseded = { ...old, _id: replaces, lifecycle: 'superseded', lifecycleNote: note, supersededBy: revision.targetId, status: 'repealed', version: old.version + 1, updatedAt: now } as Published;
      await writePublished(tx, 'policy', replaces, superseded);
      await addHistory(tx, 'policy', replaces, superseded.version, note, now);
      await recordAudit(tx, { actor: reviewerId, action: 'content.supersede', collection: POLICY_COLLECTION, targetId: replaces, before: old, after: superseded }, now);
    }
  }

  const decided = { status: 'published', reviewerId, reviewNote, decidedAt: now, updatedAt: now, confidentiality: check };
  await tx.collection(REVISION_COLLECTION).doc(revision._id).update({ data: decided });
  await recordAudit(tx, { actor: reviewerId, action: `${revision.kind}.publish`, collection: spec.collection, targetId: revision.targetId, before: current, after: doc, confidentiality: check }, now);
  return doc;
}
