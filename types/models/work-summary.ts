// The half-year work summary (半年工作总结) in the bureau's own structure, drafted from the product's records:
// a staff document, one per half-year, that staff edit and a reviewer (not its author) marks reviewed.
// It is never published by the product; what the bureau does with the reviewed text is its own step.
export const WORK_SUMMARY_COLLECTION = 'work_summaries';

export const SUMMARY_SECTIONS = ['content', 'results', 'problems', 'measures'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];
export const SUMMARY_SECTION_LABELS: Record<SummarySection, string> = { content: '主要内容', results: '实施成效', problems: '存在问题', measures: '改进措施' };

/** draft → submitted → reviewed, or back to returned (with the reviewer's note) and on from there. */
export const SUMMARY_STATUSES = ['draft', 'submitted', 'returned', 'reviewed'] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];
export const SUMMARY_STATUS_LABELS: Record<SummaryStatus, string> = { draft: '草稿', submitted: '待审核', returned: '已退回', reviewed: '已审核' };

export const summaryId = (year: number, half: 1 | 2): string => `${year}-h${half}`;

export interface WorkSummaryDoc {
  _id: string;
  year: number;
  half: 1 | 2;
  status: SummaryStatus;
  sections: Record<SummarySection, string>;
  /** Goes up by one with every change; a save names the version it edited. */
  version: number;
  /** Everyone who saved the text: none of them may review it. */
  authors: string[];
  updatedAt: Date;
  updatedBy: string;
  submittedBy: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewNote: string;
}
