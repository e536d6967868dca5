// Anyone may call; one Q&A with the title of the policy it explains. A withdrawn one still opens from
// old links, with the reason it was withdrawn.
import { publicApi } from '#types/api/public';
import { POLICY_COLLECTION, QA_COLLECTION, type PolicyDoc, type QaDoc } from '#types/models/policy';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { myVote } from '../queries/my-vote';
import { toQaItem } from '../views';

export const getQa = defineHandler(publicApi.getQa, 'anyone', async ({ id }, { caller }) => {
  const qa = await docOrNull<QaDoc>(db.collection(QA_COLLECTION).doc(id));
  if (!qa) throw notFound('问答');
  const policy = qa.policyId ? await docOrNull<PolicyDoc>(db.collection(POLICY_COLLECTION).doc(qa.policyId).field({ title: true })) : null;
  return {
    ...toQaItem(qa),
    policyTitle: policy?.title ?? null,
    myVote: await myVote('qa', id, (await caller()).openid),
    withdrawnNote: qa.lifecycle === 'withdrawn' ? (qa.lifecycleNote ?? '已撤回') : null,
  };
});
