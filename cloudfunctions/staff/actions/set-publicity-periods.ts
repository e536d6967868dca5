// Admins only: how many days each kind of 双公示 decision stays in public view after its date (bounds in
// the schema). Kept in the same settings document as the authorities seen in imports. Audited.
import { staffApi } from '#types/api/staff';
import { CASE_SETTINGS_COLLECTION } from '#types/models/case';
import { PUBLICITY_ID, type PublicityDoc } from '#types/models/decision';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const setPublicityPeriods = defineHandler(staffApi.setPublicityPeriods, ['admin'], async ({ days }, { caller, now }) => {
  const me = (await caller()).openid as string;
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_SETTINGS_COLLECTION).doc(PUBLICITY_ID);
    const before = await docOrNull<PublicityDoc>(ref);
    const after = { days, authorities: before?.authorities ?? [], updatedAt: now, updatedBy: me };
    await ref.set({ data: after });
    await recordAudit(tx, { actor: me, action: 'publicity.set', collection: CASE_SETTINGS_COLLECTION, targetId: PUBLICITY_ID, before, after }, now);
    return { days };
  });
});
