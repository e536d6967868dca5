// Admins only; sets the reply deadline per category (new cases use it). Audited.
import { staffApi } from '#types/api/staff';
import { CASE_CLOCKS_ID, CASE_SETTINGS_COLLECTION, type CaseClocksDoc } from '#types/models/case';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const setCaseClocks = defineHandler(staffApi.setCaseClocks, ['admin'], async ({ days }, { caller, now }) => {
  const me = (await caller()).openid as string;
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_SETTINGS_COLLECTION).doc(CASE_CLOCKS_ID);
    const before = await docOrNull<CaseClocksDoc>(ref);
    const after = { days, updatedAt: now, updatedBy: me };
    await ref.set({ data: after });
    await recordAudit(tx, { actor: me, action: 'case.clocks', collection: CASE_SETTINGS_COLLECTION, targetId: CASE_CLOCKS_ID, before, after }, now);
    return { days };
  });
});
