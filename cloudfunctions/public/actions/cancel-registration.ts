// WeChat users only; cancels the caller's registration for a meeting not yet begun: the seat is free
// again and the reminder is called off (cancelling twice changes nothing more).
import { publicApi } from '#types/api/public';
import { MEETING_COLLECTION, REGISTRATION_COLLECTION, type RegistrationDoc } from '#types/models/meeting';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { cancelReminder } from '../../_shared/meetings/meeting-reminder';
import { meetingOf } from '../../_shared/meetings/meeting-of';
import { toMyRegistration } from '../../_shared/meetings/meeting-view';
import { registrationIdOf } from '../../_shared/meetings/registration-id';

export const cancelRegistration = defineHandler(publicApi.cancelRegistration, 'user', async ({ meetingId }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  const id = registrationIdOf(openid, meetingId);
  return runTransaction(async (tx) => {
    const { meeting, consultation } = await meetingOf(meetingId, tx);
    const ref = tx.collection(REGISTRATION_COLLECTION).doc(id);
    const reg = await docOrNull<RegistrationDoc>(ref);
    if (!reg) throw notFound('报名');
    if (reg.status === 'cancelled') return toMyRegistration(reg, meeting, consultation.title);
    if (meeting.startsAt <= now && meeting.status !== 'cancelled') throw failedPrecondition('会议已经开始，不能再取消报名');
    const after: RegistrationDoc = { ...reg, status: 'cancelled', reminderAt: null, updatedAt: now };
    await ref.update({ data: { status: 'cancelled', reminderAt: null, updatedAt: now } });
    await tx.collection(MEETING_COLLECTION).doc(meetingId).update({ data: { registered: Math.max(0, meeting.registered - 1), updatedAt: now } });
    await cancelReminder(tx, id);
    return toMyRegistration(after, meeting, consultation.title);
  });
});
