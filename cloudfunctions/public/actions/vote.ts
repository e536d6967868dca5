// WeChat users only; records 有帮助 / 没帮助 once per person per item (a changed mind moves the vote).
import { publicApi } from '#types/api/public';
import type { Votes } from '#types/models/content';
import { POLICY_COLLECTION, QA_COLLECTION } from '#types/models/policy';
import { VOTE_COLLECTION, type VoteDoc } from '#types/models/vote';
import { notFound } from '../../_shared/app-error';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { voteId } from '../queries/my-vote';

const COLLECTION = { policy: POLICY_COLLECTION, qa: QA_COLLECTION } as const;

export const vote = defineHandler(publicApi.vote, 'user', async ({ kind, id, helpful }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  return runTransaction(async (tx) => {
    const targetRef = tx.collection(COLLECTION[kind]).doc(id);
    const target = await docOrNull<{ votes: Votes; lifecycle: string }>(targetRef);
    if (!target || target.lifecycle === 'withdrawn') throw notFound(kind === 'policy' ? '政策' : '问答');
    const voteRef = tx.collection(VOTE_COLLECTION).doc(voteId(kind, id, openid));
    const previous = await docOrNull<VoteDoc>(voteRef);
    const votes = { ...target.votes };
    if (previous?.helpful === helpful) return { votes, myVote: helpful };
    if (previous) votes[previous.helpful ? 'helpful' : 'unhelpful'] -= 1;
    votes[helpful ? 'helpful' : 'unhelpful'] += 1;
    await voteRef.set({ data: { kind, targetId: id, openid, helpful, at: now } });
    await targetRef.update({ data: { votes } });
    return { votes, myVote: helpful };
  });
});
