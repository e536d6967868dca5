// Admins: enters (or corrects) a year's holidays and make-up working days from the State Council's
// notice; the library's own years cannot be overwritten. Audited; open deadlines counted
// provisionally are counted again on it at once.
import { staffApi } from '#types/api/staff';
import { HOLIDAY_CALENDAR_COLLECTION, type HolidayYearDoc } from '#types/models/holiday-calendar';
import { failedPrecondition } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { recountProvisionalClocks } from '../../_shared/cases/recount-provisional';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { builtInYears } from '../../_shared/time/working-days';

export const saveHolidayYear = defineHandler(staffApi.saveHolidayYear, ['admin'], async (input, { caller, now }) => {
  if (builtInYears().includes(input.year)) throw failedPrecondition(`${input.year} 年的节假日安排已内置，不能修改`);
  const me = (await caller()).openid as string;
  const id = String(input.year);
  const doc = { ...input, workdays: [...input.workdays].sort(), updatedAt: now, updatedBy: me };
  await runTransaction(async (tx) => {
    const ref = tx.collection(HOLIDAY_CALENDAR_COLLECTION).doc(id);
    const before = await docOrNull<HolidayYearDoc>(ref);
    await ref.set({ data: doc });
    await recordAudit(tx, { actor: me, action: 'calendar.save', collection: HOLIDAY_CALENDAR_COLLECTION, targetId: id, before, after: doc }, now);
  });
  const recomputed = await recountProvisionalClocks();
  return { year: { ...doc, origin: 'entered' as const, updatedAt: now.toISOString() }, recomputed };
});
