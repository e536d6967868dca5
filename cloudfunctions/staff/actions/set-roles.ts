// Admins only; grants or withdraws a person's staff roles (none = no longer staff), audited.
import { staffApi } from '#types/api/staff';
import { STAFF_COLLECTION, STAFF_ROLES, type StaffDoc } from '#types/models/staff';
import { failedPrecondition } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { toStaffMember } from '../to-staff-member';

export const setRoles = defineHandler(staffApi.setRoles, ['admin'], async ({ openid, name, roles }, { caller, now }) => {
  const me = await caller();
  // Nobody changes their own roles: no self-promotion, and the last admin cannot lock everyone out.
  if (openid === me.openid) throw failedPrecondition('不能修改自己的角色，请让另一位管理员操作');
  const wanted = STAFF_ROLES.filter((role) => roles.includes(role));
  return runTransaction(async (tx) => {
    const ref = tx.collection(STAFF_COLLECTION).doc(openid);
    const before = await docOrNull<StaffDoc>(ref);
    if (wanted.length === 0) {
      if (before) await ref.remove();
    } else {
      const doc = { name, roles: wanted, createdAt: before?.createdAt ?? now, updatedAt: now };
      await ref.set({ data: doc });
    }
    const after = wanted.length ? { _id: openid, name, roles: wanted } : null;
    await recordAudit(tx, { actor: me.openid ?? '', action: 'staff.setRoles', collection: STAFF_COLLECTION, targetId: openid, before, after }, now);
    return wanted.length ? toStaffMember({ _id: openid, name, roles: wanted, createdAt: before?.createdAt ?? now, updatedAt: now }) : null;
  });
});
