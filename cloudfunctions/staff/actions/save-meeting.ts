// Editors and reviewers; creates (under a client-chosen id, so a retry never adds a second) or edits a
// meeting of a published consultation whose outcome is not yet out. A new time must be in the future;
// seats never fall below those taken. Registered people's reminders follow a new time. Audited.
import { placeProblem } from '#types/api/places';
import { staffApi } from '#types/api/staff';
import { CONSULTATION_COLLECTION, type ConsultationDoc } from '#types/models/consultation';
import { MEETING_COLLECTION, type MeetingDoc } from '#types/models/meeting';
import { failedPrecondition, invalidArgument, notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { toStaffMeetingView } from '../../_shared/meetings/meeting-view';
import { moveReminders } from '../../_shared/meetings/move-reminders';
import { loadPlaces } from '../../_shared/places/load-places';
import { beijingDateTime } from '../../_shared/time/beijing-time';

export const saveMeeting = defineHandler(staffApi.saveMeeting, ['editor', 'reviewer'], async (input, { caller, now }) => {
  const me = (await caller()).openid as string;
  const startsAt = beijingDateTime(input.startsAt);
  if (input.registration === 'phone' && !input.phone) throw invalidArgument('电话报名须填写「联系电话」');
  const problem = input.township ? placeProblem(await loadPlaces(), input.township, null) : null;
  if (problem) throw invalidArgument(problem);
  const { saved, moved, title } = await runTransaction(async (tx) => {
    const c = await docOrNull<ConsultationDoc>(tx.collection(CONSULTATION_COLLECTION).doc(input.consultationId));
    if (!c || c.lifecycle !== 'published') throw notFound('意见征集');
    if (c.outcome) throw failedPrecondition('处理结果已经公布，不能再安排意见征集会');
    const ref = tx.collection(MEETING_COLLECTION).doc(input.meetingId);
    const before = await docOrNull<MeetingDoc>(ref);
    if (before && before.consultationId !== input.consultationId) throw invalidArgument('这场会属于另一个意见征集');
    if (before?.status === 'cancelled') throw failedPrecondition('这场会已取消，不能再修改');
    if (before && before.startsAt <= now) throw failedPrecondition('会议已经开始，不能再修改');
    const timeMoved = !before || before.startsAt.getTime() !== startsAt.getTime();
    if (timeMoved && startsAt <= now) throw invalidArgument('「开会时间」须晚于现在');
    if (before && input.capacity < before.registered) throw invalidArgument(`已有 ${before.registered} 人报名，「名额」不能少于 ${before.registered}`);
    const after: MeetingDoc = {
      _id: input.meetingId, consultationId: input.consultationId, startsAt, place: input.place, township: input.township, capacity: input.capacity,
      registration: input.registration, phone: input.phone, status: 'scheduled', cancelReason: null, registered: before?.registered ?? 0,
      minutes: before?.minutes ?? '', createdBy: before?.createdBy ?? me, createdAt: before?.createdAt ?? now, updatedAt: now,
    };
    const { _id, ...data } = after;
    await ref.set({ data });
    await recordAudit(tx, { actor: me, action: before ? 'meeting.update' : 'meeting.create', collection: MEETING_COLLECTION, targetId: _id, before, after }, now);
    return { saved: after, moved: Boolean(before) && timeMoved, title: c.title };
  });
  if (moved) await moveReminders(saved, title, now);
  return toStaffMeetingView(saved);
});
