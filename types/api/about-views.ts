// The guide, the bureau and proposal replies as the client sees them (dates as YYYY-MM-DD or ISO strings).
import type { FileLink } from './file-views';
import type { BureauContent } from '../models/bureau';
import type { GuideContent } from '../models/disclosure-guide';
import type { ProposerType } from '../models/proposal';

interface Versioned {
  version: number;
  /** When the current version was published (ISO). */
  updatedAt: string;
}

export type GuideView = GuideContent & Versioned;
export type BureauView = BureauContent & Versioned;

export interface ProposalListItem {
  id: string;
  number: string;
  title: string;
  proposerType: ProposerType;
  year: number;
  session: string;
  repliedAt: string;
  /** The reply summary's opening, for the list. */
  excerpt: string;
}

export interface ProposalView extends ProposalListItem, Versioned {
  replySummary: string;
  attachments: FileLink[];
  withdrawnNote: string | null;
}
