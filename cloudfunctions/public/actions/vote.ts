// WeChat users only; records 有帮助 / 没帮助 once per person per item (a changed mind moves the vote).
// The person's own vote document decides what moves; the item's counts move by increments, so many
// people voting on one item at once are all counted (a conflict is retried, see runTransaction).
import { publicApi } from '#types/api/public';
import type { Votes } from '#types/models/content';
import { POLICY_COLLECTION, QA_COLLECTION } from '#types/models/policy';
import { VOTE_COLLECTION, type VoteDoc } from '#types/models/vote';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull, runTransaction } from '../../_shared/cloud';
import { countMove } from '../../_shared/count-move';
import { defineHandler } from '../../_shared/define-handler';
import { voteId } from '../queries/my-vote';

const COLLECTION = { policy: POLICY_COLLECTION, qa: QA_COLLECTION } as const;
const bucket = (helpful: boolean): keyof Votes => (helpful ? 'helpful' : 'unhelpful');

type Votable = { votes: Votes; lifecycle: string };

export const vote = defineHandler(publicApi.vote, 'user', async ({ kind, id, helpful }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  const itemRef = db.collection(COLLECTION[kind]).doc(id);
  const item = await docOrNull<Votable>(itemRef);
  if (!item || item.lifecycle === 'withdrawn') throw notFound(kind === 'policy' ? '政策' : '问答');
  const moved = await runTransaction(async (tx) => {
    const voteRef = tx.collection(VOTE_COLLECTION).doc(voteId(kind, id, openid));
    const previous = await docOrNull<VoteDoc>(voteRef);
    if (previous?.helpful === helpful) return false;
    await voteRef.set({ data: { kind, targetId: id, openid, helpful, at: now } });
    await tx.collection(COLLECTION[kind]).doc(id).update({ data: countMove('votes', previous ? bucket(previous.helpful) : null, bucket(helpful)) });
    return true;
  });
  const votes = moved ? ((await docOrNull<Votable>(itemRef))?.votes ?? item.votes) : item.votes;
  return { votes, myVote: helpful };
});
