import type { StaffMember } from '#types/api/staff';
import type { StaffDoc } from '#types/models/staff';

export const toStaffMember = (doc: StaffDoc): StaffMember => ({
  openid: doc._id,
  name: doc.name,
  roles: doc.roles,
  villages: doc.villages ?? [],
  updatedAt: doc.updatedAt.toISOString(),
});
