// Admins only; who saw which person's detail in full, and when, newest first.
import { staffApi } from '#types/api/staff';
import { AUDIT_COLLECTION, type AuditDoc } from '#types/models/audit';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { PERSONAL_VIEW_ACTION, type PersonalViewEntry } from '../../_shared/personal/personal-view-entry';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';

export const listPersonalViews = defineHandler(staffApi.listPersonalViews, ['admin'], async ({ cursor, limit = 20 }) => {
  const kind = { action: PERSONAL_VIEW_ACTION };
  const where = cursor ? _.and([kind, olderThan('at', decodeCursor(cursor))]) : kind;
  const rows = await docsOf<AuditDoc>(db.collection(AUDIT_COLLECTION).where(where).orderBy('at', 'desc').orderBy('_id', 'desc').limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (row) => row.at);
  return {
    items: page.map((row) => {
      const entry = row.after as PersonalViewEntry;
      return { id: row._id, at: row.at.toISOString(), by: entry.name ?? row.actor, trackingNo: entry.trackingNo, field: entry.field };
    }),
    nextCursor,
  };
});
