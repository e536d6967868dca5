// Editors and reviewers; who registered for a meeting, oldest first, names and phones masked as in cases.
import { staffApi } from '#types/api/staff';
import { REGISTRATION_COLLECTION, type RegistrationDoc } from '#types/models/meeting';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { toStaffRegistration } from '../../_shared/meetings/meeting-view';
import { decodeOffset, offsetPage } from '../../_shared/offset-cursor';

export const listRegistrations = defineHandler(staffApi.listRegistrations, ['editor', 'reviewer'], async ({ meetingId, cursor, limit = 50 }) => {
  const offset = decodeOffset(cursor);
  const rows = await docsOf<RegistrationDoc>(
    db.collection(REGISTRATION_COLLECTION).where({ meetingId }).orderBy('createdAt', 'asc').orderBy('_id', 'asc').skip(offset).limit(limit + 1),
  );
  const { items, nextCursor } = offsetPage(rows, offset, limit);
  return { items: items.map(toStaffRegistration), nextCursor };
});
