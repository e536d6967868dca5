// A case: something a citizen raised that the bureau must answer, with a tracking number, a status
// history the person can follow, and a working-day clock. Questions and feedback are the first kind.

export const CASE_COLLECTION = 'cases';

export const CASE_CATEGORIES = ['question', 'suggestion', 'complaint'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
export const CASE_CATEGORY_LABELS: Record<CaseCategory, string> = { question: '咨询', suggestion: '意见建议', complaint: '投诉' };
/** Replies are due within this many working days (the province's rule for reports from the public: 3–5). */
export const CASE_REPLY_WORKING_DAYS: Record<CaseCategory, number> = { question: 5, suggestion: 5, complaint: 5 };

export const CASE_STATUSES = ['received', 'replied', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = { received: '已受理', replied: '已答复', closed: '已办结' };

/** Most cases one person may open in a day, against floods. */
export const CASES_PER_DAY = 10;

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
}
