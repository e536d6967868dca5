// Consultations and their comments as the client sees them. Commenters are never named.
import type { FileLink } from './file-views';
import type { CommentStatus, OutcomeDecision } from '../models/consultation';

export type ConsultationState = 'upcoming' | 'open' | 'closed';

export interface ConsultationListItem {
  id: string;
  title: string;
  summary: string;
  opensAt: string;
  closesAt: string;
  state: ConsultationState;
  commentCount: number;
  hasOutcome: boolean;
}

export interface ConsultationView extends ConsultationListItem {
  sections: { heading: string; text: string; comments: number }[];
  attachments: FileLink[];
  shortReason: string;
  outcome: { summary: string; publishedAt: string; counts: Record<OutcomeDecision, number> } | null;
  withdrawnNote: string | null;
}

export interface CommentView {
  id: string;
  section: number;
  text: string;
  createdAt: string;
  outcome: { decision: OutcomeDecision; reason: string } | null;
  /** Only in the person's own list and for staff. */
  status?: CommentStatus;
  hiddenReason?: string | null;
  consultationTitle?: string;
  /** 会上意见: voiced at this offline meeting. */
  meetingId?: string;
}
