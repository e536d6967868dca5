// WeChat users only; 我的报名: the caller's meeting registrations, newest first, with each meeting's
// time and place (one consultation's when given).
import { publicApi } from '#types/api/public';
import { CONSULTATION_COLLECTION, type ConsultationDoc } from '#types/models/consultation';
import { MEETING_COLLECTION, REGISTRATION_COLLECTION, type MeetingDoc, type RegistrationDoc } from '#types/models/meeting';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { toMyRegistration } from '../../_shared/meetings/meeting-view';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';

async function byId<T extends { _id: string }>(collection: string, ids: string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await docsOf<T>(db.collection(collection).where({ _id: _.in(unique) }).limit(unique.length)) : [];
  return new Map(rows.map((r) => [r._id, r]));
}

export const listMyRegistrations = defineHandler(publicApi.listMyRegistrations, 'user', async ({ consultationId, cursor, limit = 20 }, { caller }) => {
  const mine = { openid: (await caller()).openid as string, ...(consultationId ? { consultationId } : {}) };
  const condition = cursor ? _.and([mine, olderThan('createdAt', decodeCursor(cursor))]) : mine;
  const rows = await docsOf<RegistrationDoc>(db.collection(REGISTRATION_COLLECTION).where(condition).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (r) => r.createdAt);
  const [meetings, consultations] = await Promise.all([
    byId<MeetingDoc>(MEETING_COLLECTION, page.map((r) => r.meetingId)),
    byId<ConsultationDoc>(CONSULTATION_COLLECTION, page.map((r) => r.consultationId)),
  ]);
  return { items: page.map((r) => toMyRegistration(r, meetings.get(r.meetingId) ?? null, consultations.get(r.consultationId)?.title ?? null)), nextCursor };
});
