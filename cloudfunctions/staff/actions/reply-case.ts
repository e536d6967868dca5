// Any staff member; answers a case (and closes it when asked), optionally showing it in the public
// answered list when the person agreed. Closed cases take no more replies. The person gets a reply
// reminder on their one-time consent (the jobs function sends it). Audited; making it public carries the
// 保密审查, kept on the case and in the audit entry.
import { staffApi } from '#types/api/staff';
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { toStaffCaseView } from '../../_shared/cases/case-view';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { confidentialityCheck } from '../../_shared/confidentiality-check';
import { defineHandler } from '../../_shared/define-handler';
import { remindPerson } from '../../_shared/cases/remind-person';
import { stripControl } from '../../_shared/text/strip-control';

export const replyCase = defineHandler(staffApi.replyCase, ['editor', 'reviewer'], async ({ id, reply, close, makePublic, confidentiality }, { caller, now }) => {
  const me = (await caller()).openid as string;
  const check = makePublic ? confidentialityCheck(confidentiality, me, now) : null;
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c) throw notFound('事项');
    if (c.status === 'closed') throw failedPrecondition('这件事已办结，不能再答复；如群众反映没解决，会重新打开');
    if (c.category === 'disclosure') throw failedPrecondition('依申请公开请用“作出答复决定”，写明公开决定的类型');
    if (makePublic && !c.consentPublic) throw failedPrecondition('提问人没有同意公开，不能放进公开答复');
    if (makePublic && c.held) throw failedPrecondition('内容安全检查未通过或未完成，不能公开');
    const status = close ? ('closed' as const) : ('replied' as const);
    const text = stripControl(reply);
    const events = [...c.events, { status, note: close ? '已答复并办结' : '已答复', at: now, by: 'staff' as const }];
    const changes = {
      status, reply: text, events, updatedAt: now, firstRepliedAt: c.firstRepliedAt ?? now, closedAt: close ? now : null, public: makePublic || (c.public ?? false),
      ...(check ? { confidentiality: check } : {}),
    };
    await ref.update({ data: changes });
    const after = { ...c, ...changes };
    await recordAudit(tx, { actor: me, action: 'case.reply', collection: CASE_COLLECTION, targetId: id, before: c, after, ...(check ? { confidentiality: check } : {}) }, now);
    await remindPerson(tx, c, close ? '已办结' : '已答复', events.length, now);
    return toStaffCaseView(after, now);
  });
});
