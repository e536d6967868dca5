// WeChat users only; registers the caller for a meeting, once per request id and once per person: the
// meeting's seat count moves in the same transaction, so however many register at once, no more than
// its capacity get in (the rest hear 名额已满). A reminder the day before is scheduled if they allowed it.
import { publicApi } from '#types/api/public';
import { MEETING_COLLECTION, REGISTRATION_COLLECTION, type RegistrationDoc } from '#types/models/meeting';
import { AppError } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { allowsReminder, reminderTime, scheduleReminder } from '../../_shared/meetings/meeting-reminder';
import { meetingOf } from '../../_shared/meetings/meeting-of';
import { toMyRegistration } from '../../_shared/meetings/meeting-view';
import { registrationIdOf } from '../../_shared/meetings/registration-id';
import { registrationRefusal, seatsFull } from '../../_shared/meetings/registration-refusal';
import { oncePerRequest } from '../../_shared/once-per-request';

export const registerMeeting = defineHandler(publicApi.registerMeeting, 'user', async ({ meetingId, requestId, name, phone }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  const id = registrationIdOf(openid, meetingId);
  await oncePerRequest('registerMeeting', openid, requestId, {
    prepare: async () => {
      const { meeting, consultation } = await meetingOf(meetingId);
      const refusal = registrationRefusal(meeting, consultation, now);
      if (refusal) throw refusal;
      return { title: consultation.title, remind: await allowsReminder(openid) };
    },
    write: async (tx, { title, remind }) => {
      const { meeting, consultation } = await meetingOf(meetingId, tx);
      const refusal = registrationRefusal(meeting, consultation, now);
      if (refusal) throw refusal;
      const ref = tx.collection(REGISTRATION_COLLECTION).doc(id);
      const before = await docOrNull<RegistrationDoc>(ref);
      if (before?.status === 'registered') {
        // A duplicate of this very request may see the registration before the stored answer.
        if (before.requestId === requestId) return { id };
        throw new AppError('ALREADY_EXISTS', '你已经报名了这场会');
      }
      if (meeting.registered >= meeting.capacity) throw seatsFull();
      await tx.collection(MEETING_COLLECTION).doc(meetingId).update({ data: { registered: meeting.registered + 1, updatedAt: now } });
      const reminderAt = remind ? reminderTime(meeting.startsAt, now) : null;
      const doc: Omit<RegistrationDoc, '_id'> = {
        meetingId, consultationId: meeting.consultationId, openid, name, phone, status: 'registered', attended: null, requestId, reminderAt,
        createdAt: before?.createdAt ?? now, updatedAt: now, personalErasedAt: null,
      };
      await ref.set({ data: doc });
      if (reminderAt) await scheduleReminder(tx, id, openid, meeting, title, reminderAt, now);
      return { id };
    },
  }, now);
  const { meeting, consultation } = await meetingOf(meetingId);
  const stored = await docOrNull<RegistrationDoc>(db.collection(REGISTRATION_COLLECTION).doc(id));
  if (!stored) throw new Error(`registration ${id} answered for request but not stored`);
  return toMyRegistration(stored, meeting, consultation.title);
});
