// Consultations (意见征集): a draft in sections, open for comment for a period (30 days or more unless a
// reason is given), comments moderated, and afterwards an outcome for every comment and a published report.
import type { ConfidentialityCheck } from './confidentiality';
import type { PublishedMeta } from './content';

export const CONSULTATION_COLLECTION = 'consultations';
/** One per comment: _id a hash of the person and their request id (a retry is stored once). */
export const COMMENT_COLLECTION = 'consultation_comments';

/** Consultations are generally open at least this long. */
export const MIN_OPEN_DAYS = 30;
/** Comments one person may leave on one consultation. */
export const COMMENTS_PER_PERSON = 20;

export interface ConsultationContent {
  title: string;
  summary: string;
  sections: { heading: string; text: string }[];
  attachments: { name: string; fileId: string }[];
  opensAt: Date;
  /** Comments are taken until the end of this day (Beijing time). */
  closesAt: Date;
  /** Why it is open for less than 30 days, shown on the page; empty otherwise. */
  shortReason: string;
}

export const OUTCOME_DECISIONS = ['adopted', 'partly', 'not_adopted'] as const;
export type OutcomeDecision = (typeof OUTCOME_DECISIONS)[number];
export const OUTCOME_LABELS: Record<OutcomeDecision, string> = { adopted: '采纳', partly: '部分采纳', not_adopted: '未采纳' };

export interface OutcomeReport {
  summary: string;
  publishedAt: Date;
  counts: Record<OutcomeDecision, number>;
  /** The 保密审查 it was published with (reports published before it was asked for have none). */
  confidentiality?: ConfidentialityCheck;
}

export type ConsultationDoc = ConsultationContent &
  PublishedMeta & {
    commentCount: number;
    /** Visible comments per part, keyed `s${section}` (s-1: on the whole draft). */
    sectionComments: Record<string, number>;
    outcome: OutcomeReport | null;
  };

export const COMMENT_STATUSES = ['visible', 'held', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = { visible: '已公开', held: '待审核', hidden: '已隐藏' };

export interface CommentDoc {
  _id: string;
  consultationId: string;
  /** Index into the sections; -1 for the draft as a whole. */
  section: number;
  openid: string;
  text: string;
  status: CommentStatus;
  hiddenReason: string | null;
  outcome: { decision: OutcomeDecision; reason: string; at: Date } | null;
  createdAt: Date;
  /** Voiced at an offline meeting and entered by staff (会上意见): openid is then empty. */
  origin?: 'meeting';
  meetingId?: string;
  recordedBy?: string;
}
