// Admins only; lists every staff member and their roles.
import { staffApi } from '#types/api/staff';
import { STAFF_COLLECTION, type StaffDoc } from '#types/models/staff';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { toStaffMember } from '../to-staff-member';

// A bureau has tens of staff, far below one page of the database's 1000-document cap.
const MAX_STAFF = 1000;

export const listStaff = defineHandler(staffApi.listStaff, ['admin'], async () => {
  const docs = await docsOf<StaffDoc>(db.collection(STAFF_COLLECTION).orderBy('name', 'asc').limit(MAX_STAFF));
  return { items: docs.map(toStaffMember) };
});
