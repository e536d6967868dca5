// A person's registrations as they see them: each with its meeting's time and place and the
// consultation's title (for 我的报名 and their data export).
import type { MyRegistration } from '#types/api/meetings';
import { CONSULTATION_COLLECTION, type ConsultationDoc } from '#types/models/consultation';
import { MEETING_COLLECTION, REGISTRATION_COLLECTION, type MeetingDoc, type RegistrationDoc } from '#types/models/meeting';
import { allDocs } from '../all-docs';
import { _, db } from '../cloud';
import { toMyRegistration } from './meeting-view';

async function byId<T extends { _id: string }>(collection: string, ids: string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await allDocs<T>((offset, limit) => db.collection(collection).where({ _id: _.in(unique) }).skip(offset).limit(limit)) : [];
  return new Map(rows.map((r) => [r._id, r]));
}

export async function registrationViews(rows: RegistrationDoc[]): Promise<MyRegistration[]> {
  const [meetings, consultations] = await Promise.all([
    byId<MeetingDoc>(MEETING_COLLECTION, rows.map((r) => r.meetingId)),
    byId<ConsultationDoc>(CONSULTATION_COLLECTION, rows.map((r) => r.consultationId)),
  ]);
  return rows.map((r) => toMyRegistration(r, meetings.get(r.meetingId) ?? null, consultations.get(r.consultationId)?.title ?? null));
}

/** All of them, newest first. */
export async function myRegistrations(openid: string): Promise<MyRegistration[]> {
  return registrationViews(
    await allDocs<RegistrationDoc>((offset, limit) => db.collection(REGISTRATION_COLLECTION).where({ openid }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').skip(offset).limit(limit)),
  );
}
