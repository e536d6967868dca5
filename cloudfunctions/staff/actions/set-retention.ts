// Admins only; sets how many days a person's details are kept per kind of record (bounds in the schema). Audited.
import { staffApi } from '#types/api/staff';
import { CASE_SETTINGS_COLLECTION } from '#types/models/case';
import { RETENTION_ID, type RetentionDoc } from '#types/models/retention';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const setRetention = defineHandler(staffApi.setRetention, ['admin'], async ({ days }, { caller, now }) => {
  const me = (await caller()).openid as string;
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_SETTINGS_COLLECTION).doc(RETENTION_ID);
    const before = await docOrNull<RetentionDoc>(ref);
    const after = { days, updatedAt: now, updatedBy: me };
    await ref.set({ data: after });
    await recordAudit(tx, { actor: me, action: 'retention.set', collection: CASE_SETTINGS_COLLECTION, targetId: RETENTION_ID, before, after }, now);
    return { days };
  });
});
