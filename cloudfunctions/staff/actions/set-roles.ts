// Admins only; grants or withdraws a person's staff roles (none = no longer staff), audited.
import { staffApi } from '#types/api/staff';
import { STAFF_COLLECTION, STAFF_ROLES, type StaffDoc } from '#types/models/staff';
import { placeOfArea } from '#types/models/place';
import { failedPrecondition, invalidArgument } from '../../_shared/app-error';
import { requireAreas } from '../../_shared/places/require-place';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { toStaffMember } from '../to-staff-member';

/** A liaison's villages: at least one, each a village (not a whole township) on the county's list. */
async function liaisonVillages(wanted: readonly string[], villages: readonly string[]): Promise<string[]> {
  const unique = [...new Set(villages)];
  if (!wanted.includes('liaison')) {
    if (unique.length) throw invalidArgument('只有村级信息员需要选择负责的村');
    return [];
  }
  if (!unique.length) throw invalidArgument('村级信息员至少要负责一个村');
  const townOnly = unique.find((area) => !placeOfArea(area).village);
  if (townOnly) throw invalidArgument(`「${townOnly}」是乡镇：请选择具体的村`);
  await requireAreas(unique);
  return unique;
}

export const setRoles = defineHandler(staffApi.setRoles, ['admin'], async ({ openid, name, roles, villages }, { caller, now }) => {
  const me = await caller();
  // Nobody changes their own roles: no self-promotion, and the last admin cannot lock everyone out.
  if (openid === me.openid) throw failedPrecondition('不能修改自己的角色，请让另一位管理员操作');
  const wanted = STAFF_ROLES.filter((role) => roles.includes(role));
  const scope = await liaisonVillages(wanted, villages);
  return runTransaction(async (tx) => {
    const ref = tx.collection(STAFF_COLLECTION).doc(openid);
    const before = await docOrNull<StaffDoc>(ref);
    if (wanted.length === 0) {
      if (before) await ref.remove();
    } else {
      const doc = { name, roles: wanted, ...(scope.length ? { villages: scope } : {}), createdAt: before?.createdAt ?? now, updatedAt: now };
      await ref.set({ data: doc });
    }
    const after = wanted.length ? { _id: openid, name, roles: wanted, ...(scope.length ? { villages: scope } : {}) } : null;
    await recordAudit(tx, { actor: me.openid ?? '', action: 'staff.setRoles', collection: STAFF_COLLECTION, targetId: openid, before, after }, now);
    return wanted.length ? toStaffMember({ _id: openid, name, roles: wanted, villages: scope, createdAt: before?.createdAt ?? now, updatedAt: now }) : null;
  });
});
