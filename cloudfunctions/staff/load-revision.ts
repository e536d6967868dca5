import { REVISION_COLLECTION, type RevisionDoc } from '#types/models/revision';
import { notFound } from '../_shared/app-error';
import { docOrNull, type Tx } from '../_shared/cloud';

export async function loadRevision(tx: Tx, revisionId: string): Promise<RevisionDoc> {
  const revision = await docOrNull<RevisionDoc>(tx.collection(REVISION_COLLECTION).doc(revisionId));
  if (!revision) throw notFound('修订');
  return revision;
}
