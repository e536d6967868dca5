import { VOTE_COLLECTION, type VotableKind, type VoteDoc } from '#types/models/vote';
import { db, docOrNull } from '../../_shared/cloud';

export const voteId = (kind: VotableKind, targetId: string, openid: string): string => `${kind}:${targetId}:${openid}`;

/** The caller's own vote, or null when they have not voted or are not signed in. */
export async function myVote(kind: VotableKind, targetId: string, openid: string | null): Promise<boolean | null> {
  if (!openid) return null;
  const vote = await docOrNull<VoteDoc>(db.collection(VOTE_COLLECTION).doc(voteId(kind, targetId, openid)));
  return vote ? vote.helpful : null;
}
