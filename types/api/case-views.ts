import type { FileLink, FileUrl } from './file-views';
import type { CaseCategory, CaseChannel, CaseStatus, DisclosureApplicant, DisclosureDecision, DISCLOSURE_FORMS } from '../models/case';
import type { DisclosureReason } from '../models/disclosure-result';

/** 依申请公开 as the applicant and staff see it (the applicant's data goes to nobody else). */
export interface DisclosureView {
  applicant: DisclosureApplicant;
  description: string;
  purpose: string;
  form: (typeof DISCLOSURE_FORMS)[number];
  extended: { reason: string; at: string } | null;
  supplement: { note: string; requestedAt: string; text: string | null; answeredAt: string | null } | null;
  decision: { type: DisclosureDecision; reason: DisclosureReason | null; documents: FileLink[]; at: string } | null;
}

export interface CaseView {
  id: string;
  trackingNo: string;
  category: CaseCategory;
  text: string;
  related: { kind: string; id: string; title: string } | null;
  status: CaseStatus;
  events: { status: CaseStatus; note: string; at: string; by: 'citizen' | 'staff' }[];
  reply: string | null;
  createdAt: string;
  dueAt: string;
  /** The deadline was counted Monday-Friday into a year whose holidays are not yet announced. */
  dueProvisional: boolean;
  overdue: boolean;
  consentPublic: boolean;
  /** Closed some weeks ago and not yet asked: show "did this help?". */
  followUpDue: boolean;
  followUp: { solved: boolean } | null;
  /** Links to the person's photos (only the person and staff see them); null for one unavailable now. */
  photos: FileUrl[];
  disclosure: DisclosureView | null;
}

/** What staff see: the case plus the call-back phone and whether the content check held it. The phone and
 * the applicant's ID number, phone, address and e-mail come masked (see maskDetail); revealPersonal shows one. */
export interface StaffCaseView extends CaseView {
  phone: string | null;
  /** The retention period passed and the person's details were removed. */
  personalErased: boolean;
  held: boolean;
  assignee: string | null;
  public: boolean;
  /** Waiting for a reply and due within a few working days. */
  nearDue: boolean;
}

/** An answered question in the public list: the person's words with names and numbers masked. */
export interface AnsweredCase {
  id: string;
  category: CaseCategory;
  text: string;
  reply: string;
  repliedAt: string;
}

export interface CaseStatsWindow {
  label: string;
  days: number;
  total: number;
  byCategory: Record<CaseCategory, number>;
  /** How they arrived: the app, or recorded by staff from the hotline, letters, e-mail and visits. */
  byChannel: Record<CaseChannel, number>;
  replied: number;
  /** Median calendar days from receipt to first reply, among replied cases; null if none. */
  medianReplyDays: number | null;
  /** Replied by the deadline, over those replied or already overdue; null if none yet. */
  onTimeShare: number | null;
}
