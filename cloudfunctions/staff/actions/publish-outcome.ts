// Reviewers (and admins) only; publishes a closed consultation's outcome report once every visible
// comment has an outcome, and tells each commenter (a reply reminder on their one-time consent, sent by
// the jobs function; the app shows it either way). Publishing carries the 保密审查, kept with the report and
// in its audit entry. Every meeting must be over, with its minutes, which go public with the report.
import { staffApi } from '#types/api/staff';
import { COMMENT_COLLECTION, CONSULTATION_COLLECTION, OUTCOME_DECISIONS, type CommentDoc, type ConsultationDoc, type OutcomeReport } from '#types/models/consultation';
import { caseFields } from '#types/models/notice-message';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { allDocs } from '../../_shared/all-docs';
import { db, docOrNull, runTransaction } from '../../_shared/cloud';
import { stateOf } from '../../_shared/consultations/consultation-view';
import { confidentialityCheck } from '../../_shared/confidentiality-check';
import { defineHandler } from '../../_shared/define-handler';
import { createSendJob } from '../../_shared/notices/send-job';
import { assertMeetingsDone } from '../../_shared/meetings/assert-meetings-done';

function visibleComments(id: string): Promise<Pick<CommentDoc, 'outcome'>[]> {
  return allDocs<Pick<CommentDoc, 'outcome'>>((offset, limit) =>
    db.collection(COMMENT_COLLECTION).where({ consultationId: id, status: 'visible' }).orderBy('_id', 'asc').skip(offset).limit(limit).field({ outcome: true }),
  );
}

export const publishOutcome = defineHandler(staffApi.publishOutcome, ['reviewer'], async ({ id, summary, confidentiality }, { caller, now }) => {
  const me = (await caller()).openid as string;
  const check = confidentialityCheck(confidentiality, me, now);
  const comments = await visibleComments(id);
  const pending = comments.filter((c) => !c.outcome).length;
  if (pending) throw failedPrecondition(`还有 ${pending} 条意见没有记录处理结果`);
  await assertMeetingsDone(id, now);
  const counts = Object.fromEntries(OUTCOME_DECISIONS.map((d) => [d, comments.filter((c) => c.outcome?.decision === d).length])) as OutcomeReport['counts'];
  await runTransaction(async (tx) => {
    const ref = tx.collection(CONSULTATION_COLLECTION).doc(id);
    const c = await docOrNull<ConsultationDoc>(ref);
    if (!c) throw notFound('意见征集');
    if (stateOf(c, now) !== 'closed') throw failedPrecondition('意见征集截止后才能公布处理结果');
    if (c.outcome) throw failedPrecondition('处理结果已经公布');
    const outcome: OutcomeReport = { summary, publishedAt: now, counts, confidentiality: check };
    await ref.update({ data: { outcome } });
    await recordAudit(tx, { actor: me, action: 'consultation.outcome', collection: CONSULTATION_COLLECTION, targetId: id, before: c, after: { ...c, outcome }, confidentiality: check }, now);
    await createSendJob(tx, `outcome-${id}`, {
      noticeId: null, title: `意见征集结果：${c.title}`, template: 'case', urgent: true, sendAt: now, relatedKey: null,
      target: { commentersOf: id }, page: `more/consultation/index?id=${id}`, fields: caseFields(c.title, '已有结果', now),
    }, now);
  });
  return { counts };
});
