// WeChat users only; 我的报名: the caller's meeting registrations, newest first, with each meeting's
// time and place (one consultation's when given).
import { publicApi } from '#types/api/public';
import { REGISTRATION_COLLECTION, type RegistrationDoc } from '#types/models/meeting';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { registrationViews } from '../../_shared/meetings/my-registrations';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';

export const listMyRegistrations = defineHandler(publicApi.listMyRegistrations, 'user', async ({ consultationId, cursor, limit = 20 }, { caller }) => {
  const mine = { openid: (await caller()).openid as string, ...(consultationId ? { consultationId } : {}) };
  const condition = cursor ? _.and([mine, olderThan('createdAt', decodeCursor(cursor))]) : mine;
  const rows = await docsOf<RegistrationDoc>(db.collection(REGISTRATION_COLLECTION).where(condition).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (r) => r.createdAt);
  return { items: await registrationViews(page), nextCursor };
});
