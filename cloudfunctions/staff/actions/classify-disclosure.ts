// Editors and reviewers: classify an old application the annual report cannot place — its result in the
// national categories and/or the applying organisation's kind — as read from the file. Only what the
// stored record cannot say may be classified; the decision the applicant was told stays as it was. Audited.
import { staffApi } from '#types/api/staff';
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { placeApplication } from '../../_shared/annual-report/place-application';
import { recordAudit } from '../../_shared/audit';
import { _, docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const classifyDisclosure = defineHandler(staffApi.classifyDisclosure, ['editor', 'reviewer'], async ({ id, decision, reason, orgKind }, { caller, now }) => {
  const me = (await caller()).openid as string;
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c?.disclosure) throw notFound('依申请公开的申请');
    const d = c.disclosure;
    if (decision !== undefined) {
      if (!d.decision) throw failedPrecondition('这份申请还没有答复，答复时选择分类即可');
      if (d.decision.reason || ['disclosed', 'partial', 'not_exist', 'other_agency'].includes(d.decision.type)) throw failedPrecondition('这份申请的答复决定已有统计分类，不需要再归类');
    }
    if (orgKind !== undefined && (d.applicant.type === 'person' || d.applicant.orgKind)) throw failedPrecondition('这份申请的申请人类别已有记录，不需要再归类');
    const before = d.classified;
    const classified = {
      result: decision !== undefined ? { outcome: decision, reason: reason ?? null } : (before?.result ?? null),
      orgKind: orgKind ?? before?.orgKind ?? null,
      by: me,
      at: now,
    };
    const next = { ...c, disclosure: { ...d, classified } };
    await ref.update({ data: { disclosure: { classified: _.set(classified) }, updatedAt: now } });
    await recordAudit(tx, { actor: me, action: 'disclosure.classify', collection: CASE_COLLECTION, targetId: id, before: c, after: next }, now);
    const placed = placeApplication(next.disclosure);
    return placed.problems.length ? { id, kind: 'application' as const, label: `${c.trackingNo} ${d.description.slice(0, 30)}`, problems: placed.problems } : null;
  });
});
