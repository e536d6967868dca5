// Editors and reviewers; cancels a meeting not yet begun, with the reason people see. Registered
// people keep their registration (shown as 已取消 with the reason); their reminders are called off. Audited.
import { staffApi } from '#types/api/staff';
import { MEETING_COLLECTION, type MeetingDoc } from '#types/models/meeting';
import { failedPrecondition } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { meetingOf } from '../../_shared/meetings/meeting-of';
import { toStaffMeetingView } from '../../_shared/meetings/meeting-view';
import { moveReminders } from '../../_shared/meetings/move-reminders';

export const cancelMeeting = defineHandler(staffApi.cancelMeeting, ['editor', 'reviewer'], async ({ meetingId, reason }, { caller, now }) => {
  const me = (await caller()).openid as string;
  const { after, title, changed } = await runTransaction(async (tx) => {
    const { meeting, consultation } = await meetingOf(meetingId, tx);
    if (meeting.status === 'cancelled') return { after: meeting, title: consultation.title, changed: false };
    if (meeting.startsAt <= now) throw failedPrecondition('会议已经开始，不能取消');
    const cancelled: MeetingDoc = { ...meeting, status: 'cancelled', cancelReason: reason, updatedAt: now };
    await tx.collection(MEETING_COLLECTION).doc(meetingId).update({ data: { status: 'cancelled', cancelReason: reason, updatedAt: now } });
    await recordAudit(tx, { actor: me, action: 'meeting.cancel', collection: MEETING_COLLECTION, targetId: meetingId, before: meeting, after: cancelled }, now);
    return { after: cancelled, title: consultation.title, changed: true };
  });
  if (changed) await moveReminders(after, title, now);
  return toStaffMeetingView(after);
});
