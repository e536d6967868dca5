// 有帮助 / 没帮助: one vote per person per item, changeable, counted on the item.

export const VOTE_COLLECTION = 'votes';

export const VOTABLE_KINDS = ['policy', 'qa'] as const;
export type VotableKind = (typeof VOTABLE_KINDS)[number];

export interface VoteDoc {
  /** `${kind}:${id}:${openid}`, so a repeated vote can never count twice. */
  _id: string;
  kind: VotableKind;
  targetId: string;
  openid: string;
  helpful: boolean;
  at: Date;
}
