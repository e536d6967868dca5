// 建议提案办理结果: the bureau's replies to people's congress deputies' suggestions (人大代表建议) and
// CPPCC members' proposals (政协委员提案), published on the workflow, listed by year and searchable.
import type { PublishedMeta } from './content';

export const PROPOSAL_COLLECTION = 'proposals';

export const PROPOSER_TYPES = ['deputy', 'member'] as const;
export type ProposerType = (typeof PROPOSER_TYPES)[number];
export const PROPOSER_TYPE_LABELS: Record<ProposerType, string> = { deputy: '人大代表建议', member: '政协委员提案' };

export interface ProposalContent {
  /** As the congress numbers it, e.g. 建议第123号. */
  number: string;
  title: string;
  proposerType: ProposerType;
  /** The year of the session it was raised at. */
  year: number;
  /** e.g. 县十八届人大三次会议; may be empty. */
  session: string;
  replySummary: string;
  /** The reply document (答复函) and any other files. */
  attachments: { name: string; fileId: string }[];
  repliedAt: Date;
}

export type ProposalDoc = ProposalContent & PublishedMeta;
