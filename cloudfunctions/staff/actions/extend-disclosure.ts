// Any staff member; 依申请公开: extends the answer period once by 20 working days, with the reason the
// applicant reads. Audited.
import { staffApi } from '#types/api/staff';
import { CASE_COLLECTION, DISCLOSURE_EXTENSION_DAYS, isAwaitingReply, type CaseDoc } from '#types/models/case';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { toStaffCaseView } from '../../_shared/cases/case-view';
import { clockOf } from '../../_shared/cases/reply-clock';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { loadHolidayCalendars } from '../../_shared/time/holiday-calendars';

export const extendDisclosure = defineHandler(staffApi.extendDisclosure, ['editor', 'reviewer'], async ({ id, reason }, { caller, now }) => {
  const me = (await caller()).openid as string;
  await loadHolidayCalendars('clock');
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c?.disclosure) throw notFound('依申请公开的申请');
    if (!isAwaitingReply(c.status)) throw failedPrecondition('只有等待答复的申请可以延期');
    if (c.disclosure.extended) throw failedPrecondition('答复期限只能延长一次');
    // The same basis, 20 more days (a case from before clocks kept their basis counts on from its deadline).
    const { dueAt, clock } = c.clock ? clockOf(c.clock.from, c.clock.days + DISCLOSURE_EXTENSION_DAYS) : clockOf(c.dueAt, DISCLOSURE_EXTENSION_DAYS);
    const disclosure = { ...c.disclosure, extended: { reason, at: now } };
    const events = [...c.events, { status: c.status, note: `延期 ${DISCLOSURE_EXTENSION_DAYS} 个工作日答复：${reason}`, at: now, by: 'staff' as const }];
    const after = { ...c, disclosure, events, dueAt, clock, updatedAt: now };
    await ref.update({ data: { disclosure, events, dueAt, clock, updatedAt: now } });
    await recordAudit(tx, { actor: me, action: 'disclosure.extend', collection: CASE_COLLECTION, targetId: id, before: c, after }, now);
    return toStaffCaseView(after, now);
  });
});
