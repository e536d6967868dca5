// Editors and reviewers; marks whether a registered person came, once the meeting has begun. Audited.
import { staffApi } from '#types/api/staff';
import { REGISTRATION_COLLECTION, type RegistrationDoc } from '#types/models/meeting';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { meetingOf } from '../../_shared/meetings/meeting-of';
import { toStaffRegistration } from '../../_shared/meetings/meeting-view';

export const markAttendance = defineHandler(staffApi.markAttendance, ['editor', 'reviewer'], async ({ id, attended }, { caller, now }) => {
  const me = (await caller()).openid as string;
  return runTransaction(async (tx) => {
    const ref = tx.collection(REGISTRATION_COLLECTION).doc(id);
    const reg = await docOrNull<RegistrationDoc>(ref);
    if (!reg) throw notFound('报名');
    const { meeting } = await meetingOf(reg.meetingId, tx);
    if (meeting.status === 'cancelled') throw failedPrecondition('这场会已取消');
    if (meeting.startsAt > now) throw failedPrecondition('会议开始后才能登记到会情况');
    if (reg.status !== 'registered') throw failedPrecondition('这个人已取消报名');
    if (reg.attended === attended) return toStaffRegistration(reg);
    const after = { ...reg, attended, updatedAt: now };
    await ref.update({ data: { attended, updatedAt: now } });
    // Only what changed: the audit log keeps no copy of the person's name or phone.
    await recordAudit(tx, { actor: me, action: 'meeting.attendance', collection: REGISTRATION_COLLECTION, targetId: id, before: { attended: reg.attended }, after: { attended } }, now);
    return toStaffRegistration(after);
  });
});
