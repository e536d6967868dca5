// Any staff member; 依申请公开: the decision in the national categories (予以公开 / 部分公开 / 不予公开 with
// its reason …), the reply the applicant reads and any documents; closes the case and reminds the applicant.
// Audited.
import { staffApi } from '#types/api/staff';
import { CASE_COLLECTION, decisionLabel, type CaseDoc } from '#types/models/case';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { photoUrlsOf, toStaffCaseView } from '../../_shared/cases/case-view';
import { remindPerson } from '../../_shared/cases/remind-person';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { attacherOf, requireAttachable } from '../../_shared/files/attachable-files';
import { stripControl } from '../../_shared/text/strip-control';

export const decideDisclosure = defineHandler(staffApi.decideDisclosure, ['editor', 'reviewer'], async ({ id, decision, reason, reply, documents }, { caller, now }) => {
  const me = (await caller()).openid as string;
  requireAttachable(documents.map((d) => d.fileId), attacherOf(await caller()));
  const after = await runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c?.disclosure) throw notFound('依申请公开的申请');
    if (c.status === 'closed') throw failedPrecondition('这份申请已经答复');
    const disclosure = { ...c.disclosure, decision: { type: decision, reason, documents, at: now } };
    const text = stripControl(reply);
    const events = [...c.events, { status: 'closed' as const, note: `已答复：${decisionLabel(decision, reason)}`, at: now, by: 'staff' as const }];
    const changes = { status: 'closed' as const, reply: text, disclosure, events, firstRepliedAt: c.firstRepliedAt ?? now, closedAt: now, updatedAt: now };
    await ref.update({ data: changes });
    const next = { ...c, ...changes };
    await recordAudit(tx, { actor: me, action: 'disclosure.decide', collection: CASE_COLLECTION, targetId: id, before: c, after: next }, now);
    await remindPerson(tx, c, '已答复', events.length, now);
    return next;
  });
  return toStaffCaseView(after, now, await photoUrlsOf([after]));
});
