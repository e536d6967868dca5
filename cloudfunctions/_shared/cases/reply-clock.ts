// The reply clock per category: working days set by staff (case_settings), else the default.
import { CASE_CLOCKS_ID, CASE_REPLY_WORKING_DAYS, CASE_SETTINGS_COLLECTION, type CaseCategory, type CaseClocksDoc } from '#types/models/case';
import { db, docOrNull } from '../cloud';
import { addWorkingDays } from '../time/working-days';

export async function replyDays(): Promise<Record<CaseCategory, number>> {
  const settings = await docOrNull<CaseClocksDoc>(db.collection(CASE_SETTINGS_COLLECTION).doc(CASE_CLOCKS_ID));
  // The disclosure clock is the regulation's, whatever is stored.
  return { ...CASE_REPLY_WORKING_DAYS, ...settings?.days, disclosure: CASE_REPLY_WORKING_DAYS.disclosure };
}

export async function replyDueAt(now: Date, category: CaseCategory): Promise<Date> {
  // A clock staff cannot change needs no settings read.
  const days = category === 'disclosure' ? CASE_REPLY_WORKING_DAYS.disclosure : (await replyDays())[category];
  return addWorkingDays(now, days);
}
