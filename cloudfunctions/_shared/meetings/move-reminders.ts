// After a meeting moves or is cancelled: each registered person's reminder follows (a new time a day
// before, or called off when that has passed or the meeting will not take place, when those who allowed
// reminders are told at once).
import { REGISTRATION_COLLECTION, type MeetingDoc, type RegistrationDoc } from '#types/models/meeting';
import { allDocs } from '../all-docs';
import { db, type Tx } from '../cloud';
import { cancelReminder, reminderTime, scheduleReminder, tellCancelled } from './meeting-reminder';

const asTx = db as unknown as Tx;

export async function moveReminders(m: MeetingDoc, title: string, now: Date): Promise<void> {
  const reminded = await allDocs<RegistrationDoc>((offset, limit) =>
    db.collection(REGISTRATION_COLLECTION).where({ meetingId: m._id, status: 'registered' }).orderBy('createdAt', 'asc').orderBy('_id', 'asc').skip(offset).limit(limit));
  for (const r of reminded.filter((x) => x.reminderAt)) {
    const at = m.status === 'scheduled' ? reminderTime(m.startsAt, now) : null;
    if (at) await scheduleReminder(asTx, r._id, r.openid, m, title, at, now);
    else await cancelReminder(asTx, r._id);
    if (m.status === 'cancelled') await tellCancelled(asTx, r._id, r.openid, m, title, now);
    await db.collection(REGISTRATION_COLLECTION).doc(r._id).update({ data: { reminderAt: at } });
  }
}
