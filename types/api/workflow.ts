// Staff workflow actions' inputs and outputs (the schemas live in the staff action table).
import type { ConfidentialityResult } from '../models/confidentiality';
import type { ContentKind, RevisionStatus } from '../models/revision';

export interface RevisionSummary {
  id: string;
  kind: ContentKind;
  targetId: string;
  title: string;
  status: RevisionStatus;
  baseVersion: number;
  changeNote: string;
  authorId: string;
  mine: boolean;
  reviewNote: string | null;
  updatedAt: string;
}

export interface RevisionDetail extends RevisionSummary {
  content: Record<string, unknown>;
  /** The 保密审查 it was published with: basis, conclusion, who (OPENID) and when. */
  confidentiality: { basis: string; result: ConfidentialityResult; by: string; at: string } | null;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: { index: number; externalId: string; message: string }[];
}
