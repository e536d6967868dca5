// The publishing workflow shared by every content type: a revision is drafted by an editor,
// submitted, and approved (published) or rejected by a different staff member.
import type { ConfidentialityCheck } from './confidentiality';

export const REVISION_COLLECTION = 'revisions';

export const CONTENT_KINDS = ['policy', 'qa', 'term', 'project', 'projectUpdate', 'inspection', 'notice', 'service', 'consultation', 'guide', 'bureau', 'proposal', 'busRoute', 'annualReport'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];
export const CONTENT_KIND_LABELS: Record<ContentKind, string> = {
  policy: '政策',
  qa: '问答',
  term: '术语',
  project: '项目',
  projectUpdate: '项目进展',
  inspection: '质量检查',
  notice: '通知',
  service: '办事指南',
  consultation: '意见征集',
  guide: '公开指南',
  bureau: '机构信息',
  proposal: '建议提案办理结果',
  busRoute: '城乡公交',
  annualReport: '政府信息公开工作年度报告',
};

export const REVISION_STATUSES = ['draft', 'in_review', 'rejected', 'published'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];
export const REVISION_STATUS_LABELS: Record<RevisionStatus, string> = {
  draft: '草稿',
  in_review: '待审核',
  rejected: '已退回',
  published: '已发布',
};

export interface RevisionDoc {
  _id: string;
  kind: ContentKind;
  /** The published item this revision creates or changes. */
  targetId: string;
  /** The published version it was based on; 0 for a new item. */
  baseVersion: number;
  content: Record<string, unknown>;
  /** 更新说明: shown in the item's change history once published. */
  changeNote: string;
  status: RevisionStatus;
  authorId: string;
  reviewerId: string | null;
  reviewNote: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  /** The 保密审查 it was published with (absent until approved). */
  confidentiality?: ConfidentialityCheck;
}
