// Who the sheet speaks for: the bureau's name and first phone line from its published 机构信息, or the
// general fallback name and no number until that page is published.
import { BUREAU_COLLECTION, BUREAU_FALLBACK_NAME, BUREAU_ID, type BureauDoc } from '#types/models/bureau';
import { db, docOrNull } from '../cloud';

export async function bureauCard(): Promise<{ name: string; hotline: string | null }> {
  const doc = await docOrNull<BureauDoc>(db.collection(BUREAU_COLLECTION).doc(BUREAU_ID));
  const live = doc && doc.lifecycle === 'published' ? doc : null;
  const phone = live?.phones?.find((p) => p.number.trim());
  return { name: live?.name?.trim() || BUREAU_FALLBACK_NAME, hotline: phone ? phone.number.trim() : null };
}
