// Any staff member; takes a case waiting for a reply (我来办理). The person sees "办理中", not who. Audited.
import { staffApi } from '#types/api/staff';
import { CASE_COLLECTION, isAwaitingReply, type CaseDoc } from '#types/models/case';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { toStaffCaseView } from '../../_shared/cases/case-view';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const assignCase = defineHandler(staffApi.assignCase, ['editor', 'reviewer'], async ({ id }, { caller, now }) => {
  const me = await caller();
  const assignee = { openid: me.openid as string, name: me.name ?? '工作人员' };
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c) throw notFound('事项');
    if (!isAwaitingReply(c.status)) throw failedPrecondition('这件事已答复或已办结，不需要再指派');
    if (c.assignee?.openid === assignee.openid) return toStaffCaseView(c, now);
    const events = [...c.events, { status: 'assigned' as const, note: '已交由承办人员办理', at: now, by: 'staff' as const }];
    const after = { ...c, status: 'assigned' as const, assignee, events, updatedAt: now };
    await ref.update({ data: { status: 'assigned', assignee, events, updatedAt: now } });
    await recordAudit(tx, { actor: assignee.openid, action: 'case.assign', collection: CASE_COLLECTION, targetId: id, before: c, after }, now);
    return toStaffCaseView(after, now);
  });
});
