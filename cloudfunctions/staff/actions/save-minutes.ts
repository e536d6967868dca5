// Editors and reviewers; the minutes (会议纪要) of a meeting held, published with the outcome report
// (and fixed from then on). Audited.
import { staffApi } from '#types/api/staff';
import { MEETING_COLLECTION } from '#types/models/meeting';
import { recordAudit } from '../../_shared/audit';
import { runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { assertRecordable } from '../../_shared/meetings/meeting-held';
import { meetingOf } from '../../_shared/meetings/meeting-of';
import { toStaffMeetingView } from '../../_shared/meetings/meeting-view';

export const saveMinutes = defineHandler(staffApi.saveMinutes, ['editor', 'reviewer'], async ({ meetingId, minutes }, { caller, now }) => {
  const me = (await caller()).openid as string;
  return runTransaction(async (tx) => {
    const { meeting, consultation } = await meetingOf(meetingId, tx);
    assertRecordable(meeting, consultation, now);
    const after = { ...meeting, minutes, updatedAt: now };
    await tx.collection(MEETING_COLLECTION).doc(meetingId).update({ data: { minutes, updatedAt: now } });
    await recordAudit(tx, { actor: me, action: 'meeting.minutes', collection: MEETING_COLLECTION, targetId: meetingId, before: meeting, after }, now);
    return toStaffMeetingView(after);
  });
});
