// Any staff member; lists revisions newest first, optionally by status (e.g. 待审核 for reviewers).
import { staffApi } from '#types/api/staff';
import { REVISION_COLLECTION, type RevisionDoc } from '#types/models/revision';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';
import { toSummary } from '../revision-view';

export const listRevisions = defineHandler(staffApi.listRevisions, ['editor', 'reviewer'], async ({ status, cursor, limit = 20 }, { caller }) => {
  const me = (await caller()).openid;
  const conditions: object[] = status ? [{ status }] : [];
  if (cursor) conditions.push(olderThan('updatedAt', decodeCursor(cursor)));
  let query = db.collection(REVISION_COLLECTION).where(conditions.length ? _.and(conditions) : {});
  query = query.orderBy('updatedAt', 'desc').orderBy('_id', 'desc');
  const rows = await docsOf<RevisionDoc>(query.limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (row) => row.updatedAt);
  return { items: page.map((r) => toSummary(r, me)), nextCursor };
});
