import type { CaseCategory, CaseStatus } from '../models/case';

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
  overdue: boolean;
}

/** What staff see: the case plus the call-back phone and whether the content check held it. */
export interface StaffCaseView extends CaseView {
  phone: string | null;
  held: boolean;
}
