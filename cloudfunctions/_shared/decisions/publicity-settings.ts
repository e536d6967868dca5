// How long each kind of decision stays in public view (an admin's days, else the defaults) and the
// deciding authorities seen in imports: one small document in case_settings.
import { CASE_SETTINGS_COLLECTION } from '#types/models/case';
import { PUBLICITY_DEFAULTS, PUBLICITY_ID, type PublicityDays, type PublicityDoc } from '#types/models/decision';
import { db, docOrNull } from '../cloud';

export async function publicitySettings(): Promise<{ days: PublicityDays; authorities: string[] }> {
  const doc = await docOrNull<PublicityDoc>(db.collection(CASE_SETTINGS_COLLECTION).doc(PUBLICITY_ID));
  return { days: { ...PUBLICITY_DEFAULTS, ...doc?.days }, authorities: doc?.authorities ?? [] };
}

const DAY_MS = 86_400_000;

/** The earliest decision date still in view on `today` ('YYYY-MM-DD', Beijing): date + days >= today. */
export const inViewFrom = (today: string, days: number): Date => new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS);

/** The last day a decision of this date stays in view. */
export const publicUntil = (decisionDate: Date, days: number): string => new Date(decisionDate.getTime() + days * DAY_MS).toISOString().slice(0, 10);
