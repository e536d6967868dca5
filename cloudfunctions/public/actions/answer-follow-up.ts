// WeChat users only, on their own case closed some weeks ago: records whether the answer helped.
import { publicApi } from '#types/api/public';
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { toCaseView } from '../../_shared/cases/case-view';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const answerFollowUp = defineHandler(publicApi.answerFollowUp, 'user', async ({ id, solved }, { caller, now }) => {
  const openid = (await caller()).openid;
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c || c.openid !== openid) throw notFound('事项');
    if (c.followUp) return toCaseView(c, now); // answered already: a retry changes nothing
    if (!toCaseView(c, now).followUpDue) throw failedPrecondition('办结两周后才会请你评价');
    const followUp = { solved, at: now };
    await ref.update({ data: { followUp } });
    return toCaseView({ ...c, followUp }, now);
  });
});
