// Admins only: gives an item (or a whole kind, itemId `*`) to a staff member, or returns it to its
// default owner (the last editor) with owner null. Idempotent; audited; the next check shows it.
import { staffApi } from '#types/api/staff';
import { CONTENT_OWNER_COLLECTION, type ContentOwnerDoc } from '#types/models/freshness';
import { STAFF_COLLECTION, type StaffDoc } from '#types/models/staff';
import { invalidArgument } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { db, docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const setContentOwner = defineHandler(staffApi.setContentOwner, ['admin'], async ({ kind, itemId, owner }, { caller, now }) => {
  const me = (await caller()).openid as string;
  if (owner !== null) {
    const staff = await docOrNull<StaffDoc>(db.collection(STAFF_COLLECTION).doc(owner));
    if (!staff || staff.roles.length === 0) throw invalidArgument('「负责人」须是现有的工作人员');
  }
  const id = `${kind}:${itemId}`;
  return runTransaction(async (tx) => {
    const ref = tx.collection(CONTENT_OWNER_COLLECTION).doc(id);
    const before = await docOrNull<ContentOwnerDoc>(ref);
    if ((before?.owner ?? null) === owner) return { kind, itemId, owner };
    const after: Omit<ContentOwnerDoc, '_id'> | null = owner === null ? null : { kind, itemId, owner, setBy: me, at: now };
    if (after) await ref.set({ data: after });
    else await ref.remove();
    await recordAudit(tx, { actor: me, action: 'freshness.owner', collection: CONTENT_OWNER_COLLECTION, targetId: id, before, after }, now);
    return { kind, itemId, owner };
  });
});
