// Any staff member; one revision with its content, in the shape the editor takes.
import { staffApi } from '#types/api/staff';
import { REVISION_COLLECTION, type RevisionDoc } from '#types/models/revision';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { toDetail } from '../revision-view';

export const getRevision = defineHandler(staffApi.getRevision, ['editor', 'reviewer'], async ({ revisionId }, { caller }) => {
  const revision = await docOrNull<RevisionDoc>(db.collection(REVISION_COLLECTION).doc(revisionId));
  if (!revision) throw notFound('修订');
  return toDetail(revision, (await caller()).openid);
});
