// Retention for meeting registrations: the optional name and phone given for the organiser are cleared
// after the cases' period (counted from the registration's last change) and the registration stamped;
// whether the person registered and came stays for the meeting's figures. A page per run; repeatable.
import { REGISTRATION_COLLECTION, type RegistrationDoc } from '#types/models/meeting';
import { ERASE_PAGE } from '#types/models/retention';
import { _, db, docsOf } from '../_shared/cloud';

/** Registrations erased by this run. */
export async function eraseRegistrations(now: Date, cutoff: Date): Promise<number> {
  const due = await docsOf<Pick<RegistrationDoc, '_id' | 'updatedAt'>>(
    db.collection(REGISTRATION_COLLECTION).where({ personalErasedAt: null, updatedAt: _.lt(cutoff) }).limit(ERASE_PAGE).field({ updatedAt: true }),
  );
  for (const r of due) {
    // Only if unchanged since it was read: a new registration meanwhile starts its period again.
    await db.collection(REGISTRATION_COLLECTION).where({ _id: r._id, updatedAt: r.updatedAt }).update({ data: { name: '', phone: '', personalErasedAt: now } });
  }
  return due.length;
}
