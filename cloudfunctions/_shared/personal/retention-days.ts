// The retention periods in force: what an admin set, or the defaults.
import { CASE_SETTINGS_COLLECTION } from '#types/models/case';
import { RETENTION_DEFAULTS, RETENTION_ID, type RetentionDays, type RetentionDoc } from '#types/models/retention';
import { db, docOrNull } from '../cloud';

export async function retentionDays(): Promise<RetentionDays> {
  const doc = await docOrNull<RetentionDoc>(db.collection(CASE_SETTINGS_COLLECTION).doc(RETENTION_ID));
  return { ...RETENTION_DEFAULTS, ...doc?.days };
}
