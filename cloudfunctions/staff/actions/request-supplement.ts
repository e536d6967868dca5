// Any staff member; 依申请公开: asks once, within 7 working days of receipt, for what the application
// lacks. The clock stops until the applicant supplies it. Audited.
import { staffApi } from '#types/api/staff';
import { CASE_COLLECTION, isAwaitingReply, SUPPLEMENT_REQUEST_WITHIN_DAYS, type CaseDoc } from '#types/models/case';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { toStaffCaseView } from '../../_shared/cases/case-view';
import { remindPerson } from '../../_shared/cases/remind-person';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { workingDaysBetween } from '../../_shared/time/working-days';

export const requestSupplement = defineHandler(staffApi.requestSupplement, ['editor', 'reviewer'], async ({ id, note }, { caller, now }) => {
  const me = (await caller()).openid as string;
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c?.disclosure) throw notFound('依申请公开的申请');
    if (!isAwaitingReply(c.status)) throw failedPrecondition('只有等待答复的申请可以要求补正');
    if (c.disclosure.supplement) throw failedPrecondition('补正只能一次性告知，已经要求过了');
    if (workingDaysBetween(c.createdAt, now) > SUPPLEMENT_REQUEST_WITHIN_DAYS) throw failedPrecondition(`收到申请 ${SUPPLEMENT_REQUEST_WITHIN_DAYS} 个工作日后不能再要求补正`);
    const disclosure = { ...c.disclosure, supplement: { note, requestedAt: now, text: null, answeredAt: null } };
    const events = [...c.events, { status: 'supplement' as const, note: `需要补正：${note}`, at: now, by: 'staff' as const }];
    const after = { ...c, status: 'supplement' as const, disclosure, events, updatedAt: now };
    await ref.update({ data: { status: 'supplement', disclosure, events, updatedAt: now } });
    await recordAudit(tx, { actor: me, action: 'disclosure.supplement', collection: CASE_COLLECTION, targetId: id, before: c, after }, now);
    await remindPerson(tx, c, '待补正', events.length, now);
    return toStaffCaseView(after, now);
  });
});
