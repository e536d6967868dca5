// Any staff member; answers a case (and closes it when asked). Closed cases take no more replies. Audited.
import { staffApi } from '#types/api/staff';
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { toStaffCaseView } from '../../_shared/cases/case-view';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const replyCase = defineHandler(staffApi.replyCase, ['editor', 'reviewer'], async ({ id, reply, close }, { caller, now }) => {
  const me = (await caller()).openid as string;
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c) throw notFound('事项');
    if (c.status === 'closed') throw failedPrecondition('这件事已办结，不能再答复；如群众反映没解决，会重新打开');
    const status = close ? ('closed' as const) : ('replied' as const);
    const text = reply.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
    const events = [...c.events, { status, note: close ? '已答复并办结' : '已答复', at: now, by: 'staff' as const }];
    await ref.update({ data: { status, reply: text, events, updatedAt: now } });
    const after = { ...c, status, reply: text, events, updatedAt: now };
    await recordAudit(tx, { actor: me, action: 'case.reply', collection: CASE_COLLECTION, targetId: id, before: c, after }, now);
    return toStaffCaseView(after, now);
  });
});
