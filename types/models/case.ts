// A case: something a citizen raised that the bureau must answer, with a tracking number, a status
// history the person can follow, and a working-day clock. Questions and feedback are the first kind.

import type { ConfidentialityCheck } from './confidentiality';
import { DISCLOSURE_OUTCOME_LABELS, DISCLOSURE_REASON_LABELS, type DisclosureOutcome, type DisclosureReason, type DisclosureResult, type OrganisationKind } from './disclosure-result';
export const CASE_COLLECTION = 'cases';

export const CASE_CATEGORIES = ['question', 'suggestion', 'complaint', 'rating', 'disclosure'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
export const CASE_CATEGORY_LABELS: Record<CaseCategory, string> = { question: '咨询', suggestion: '意见建议', complaint: '投诉', rating: '办事差评', disclosure: '依申请公开' };
/** Clocks staff may change; the disclosure clock is set by the regulation. */
export const CONFIGURABLE_CATEGORIES = ['question', 'suggestion', 'complaint', 'rating'] as const;
export type ConfigurableCategory = (typeof CONFIGURABLE_CATEGORIES)[number];
/** What a person picks when asking; 办事差评 cases are opened by a poor service rating. */
export const ASKABLE_CATEGORIES = ['question', 'suggestion', 'complaint'] as const;
/** Replies are due within this many working days (the province's rule for reports from the public: 3–5;
 * poor service ratings are rectified within 15). */
export const CASE_REPLY_WORKING_DAYS: Record<CaseCategory, number> = { question: 5, suggestion: 5, complaint: 5, rating: 15, disclosure: 20 };

/** How a case reached the bureau: through the app, or recorded by staff from the hotline (12328 or the
 * bureau's number), a letter, the e-mail mailbox or a visit. */
export const CASE_CHANNELS = ['app', 'hotline', 'letter', 'email', 'visit'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];
export const RECORDED_CHANNELS = ['hotline', 'letter', 'email', 'visit'] as const;
export const CASE_CHANNEL_LABELS: Record<CaseChannel, string> = { app: '小程序', hotline: '电话', letter: '信件', email: '电子邮箱', visit: '来访' };
/** How far back staff may date what they record (a letter opened late, a week of hotline notes). */
export const RECORD_BACK_DAYS = 30;
/** Wrong tracking-number-and-code tries a person may make in a day. */
export const CLAIM_TRIES_PER_DAY = 10;

export const CASE_STATUSES = ['received', 'assigned', 'supplement', 'replied', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = { received: '已受理', assigned: '办理中', supplement: '待补正', replied: '已答复', closed: '已办结' };
/** Waiting for the bureau: the reply clock runs (it stops while 待补正 waits for the applicant). */
export const isAwaitingReply = (status: CaseStatus): boolean => status === 'received' || status === 'assigned';

/** Staff may change the reply clock per category (working days). */
export const CASE_SETTINGS_COLLECTION = 'case_settings';
export const CASE_CLOCKS_ID = 'clocks';
export interface CaseClocksDoc {
  _id: typeof CASE_CLOCKS_ID;
  days: Partial<Record<CaseCategory, number>>;
  updatedAt: Date;
  updatedBy: string;
}

/** Some weeks after closing, the person is asked whether the answer helped. */
export const FOLLOW_UP_AFTER_DAYS = 14;
/** A second identical submission by the same person within this many days is folded into the first. */
export const DUPLICATE_WINDOW_DAYS = 7;
/** The person's latest case with some words: _id is a hash of the person and the words (normalised), so
 * every submission of those words reads and writes the same document, and concurrent ones fold too. */
export const CASE_FOLD_COLLECTION = 'case_folds';
export interface CaseFoldDoc {
  _id: string;
  caseId: string;
  /** When that case was opened: it takes repeats for DUPLICATE_WINDOW_DAYS from then. */
  at: Date;
}
export const CASE_PHOTOS_MAX = 3;

/** Most cases one person may open in a day, against floods. */
export const CASES_PER_DAY = 10;

/** A reply clock's basis: `days` working days counted from `from`; provisional while its span reaches
 * a year with no official holiday calendar (counted Monday-Friday until one is entered). */
export interface CaseClock {
  from: Date;
  days: number;
  provisional: boolean;
}

export interface CaseEvent {
  status: CaseStatus;
  note: string;
  at: Date;
  /** 'citizen' or 'staff': who moved the case (never who exactly, for the citizen's view). */
  by: 'citizen' | 'staff';
}

export interface CaseDoc {
  /** A hash of the person and their request id: a submission retried after a network error is stored once. */
  _id: string;
  trackingNo: string;
  openid: string;
  category: CaseCategory;
  text: string;
  /** Only for a call back; shown to staff, never to other citizens. */
  phone: string | null;
  related: { kind: string; id: string; title: string } | null;
  status: CaseStatus;
  events: CaseEvent[];
  reply: string | null;
  /** Content check said "review": kept from any public list until staff look. */
  held: boolean;
  createdAt: Date;
  dueAt: Date;
  updatedAt: Date;
  /** How dueAt was counted (older cases lack it). */
  clock?: CaseClock;
  /** Fields added after the first release are optional: older cases lack them. */
  photos?: string[];
  /** Who handles it (staff only; citizens see "办理中"). */
  assignee?: { openid: string; name: string } | null;
  firstRepliedAt?: Date | null;
  closedAt?: Date | null;
  /** The person agreed that the question and answer may be shown to others (names and numbers masked). */
  consentPublic?: boolean;
  /** Staff chose to show it in the public answered list (only with consent). */
  public?: boolean;
  /** The 保密审查 it was made public with. */
  confidentiality?: ConfidentialityCheck;
  followUp?: { solved: boolean; at: Date } | null;
  /** How it arrived (older cases, and everything citizens submit, are 'app'). */
  channel?: CaseChannel;
  /** For a recorded case: the staff member who recorded it, and until someone claims it in the app (then
   * openid is theirs), the code given to the person with the tracking number. */
  recordedBy?: string;
  claimCode?: string | null;
  /** Only for 依申请公开: the application, its clock changes and the decision. */
  disclosure?: DisclosureDetails;
  /** When the retention job removed the person's details (phone, photos, applicant's numbers); the case stays. */
  personalErasedAt?: Date | null;
}

// 依申请公开 (Open Government Information Regulations, arts. 29-37).
export const DISCLOSURE_FORMS = ['paper', 'electronic', 'email', 'pickup'] as const;
export const DISCLOSURE_FORM_LABELS: Record<(typeof DISCLOSURE_FORMS)[number], string> = { paper: '纸质邮寄', electronic: '在小程序里查看电子文件', email: '电子邮件', pickup: '到窗口领取' };
/** Decision types stored before the national result categories (disclosure-result.ts); still valid on old
 * records, no longer given. `refused` and `not_processed` then carried no reason. */
export const DISCLOSURE_DECISIONS = ['disclosed', 'partial', 'refused', 'not_exist', 'other_agency', 'already_public', 'not_processed'] as const;
export type DisclosureDecision = (typeof DISCLOSURE_DECISIONS)[number] | DisclosureOutcome;
export const DISCLOSURE_DECISION_LABELS: Record<DisclosureDecision, string> = {
  ...DISCLOSURE_OUTCOME_LABELS,
  not_exist: '信息不存在',
  other_agency: '非本机关信息（告知向有关机关申请）',
  already_public: '已主动公开（告知获取方式）',
};
/** How the applicant reads a decision: the category, with its reason when it has one. */
export const decisionLabel = (type: DisclosureDecision, reason?: DisclosureReason | null): string =>
  reason ? `${DISCLOSURE_DECISION_LABELS[type]}（${DISCLOSURE_REASON_LABELS[reason]}）` : DISCLOSURE_DECISION_LABELS[type];
/** 20 working days to answer; once, 20 more with a reason; a supplement request within 7 working days. */
export const DISCLOSURE_EXTENSION_DAYS = 20;
export const SUPPLEMENT_REQUEST_WITHIN_DAYS = 7;
/** Staff see a case as near due this many working days before its deadline. */
export const NEAR_DUE_WORKING_DAYS = 3;

export interface DisclosureApplicant {
  type: 'person' | 'organisation';
  /** For an organisation, the report's column (applications made before it was asked lack it). */
  orgKind?: OrganisationKind;
  name: string;
  idNumber: string;
  organisation: string;
  phone: string;
  address: string;
  email: string;
}

export interface DisclosureDetails {
  applicant: DisclosureApplicant;
  /** The information asked for, as described by the applicant. */
  description: string;
  purpose: string;
  form: (typeof DISCLOSURE_FORMS)[number];
  extended: { reason: string; at: Date } | null;
  supplement: { note: string; requestedAt: Date; text: string | null; answeredAt: Date | null } | null;
  decision: DisclosureDecisionDoc | null;
  /** For the annual report, set by staff on an application made or decided before the national categories:
   * its result and applicant column where the stored record cannot say (never guessed). */
  classified?: { result: DisclosureResult | null; orgKind: OrganisationKind | null; by: string; at: Date };
}

export interface DisclosureDecisionDoc {
  type: DisclosureDecision;
  /** The national reason (required for 不予公开, 无法提供, 不予处理, 其他处理 since they were introduced). */
  reason?: DisclosureReason | null;
  documents: { name: string; fileId: string }[];
  at: Date;
}
