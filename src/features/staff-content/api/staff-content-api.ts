import type { ConfidentialityResult } from '#types/models/confidentiality';
import type { ContentKind, RevisionStatus } from '#types/models/revision';
import { call } from '@/lib/cloud';

export const fetchRevisions = (status: RevisionStatus | undefined, cursor?: string) =>
  call('staff', 'listRevisions', { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }, { retry: true });
export const fetchRevision = (revisionId: string) => call('staff', 'getRevision', { revisionId }, { retry: true });
export const fetchEditable = (kind: ContentKind, targetId: string) => call('staff', 'getEditable', { kind, targetId }, { retry: true });
/** The client names the revision, so saving again after a lost answer updates the same draft. */
export const saveDraft = (revisionId: string, kind: ContentKind, targetId: string | null, content: unknown, changeNote: string) =>
  call('staff', 'saveDraft', { revisionId, kind, targetId, content, changeNote }, { retry: true });
export const submitRevision = (revisionId: string) => call('staff', 'submitRevision', { revisionId }, { retry: true });
/** Approving carries the 保密审查 (omitted when not filled in: the function then says it is needed). */
export const reviewRevision = (revisionId: string, decision: 'approve' | 'reject', note: string, confidentiality?: { basis: string; result: ConfidentialityResult }) =>
  call('staff', 'reviewRevision', { revisionId, decision, note, ...(decision === 'approve' && confidentiality ? { confidentiality } : {}) }, { retry: true });
export const withdrawItem = (kind: ContentKind, targetId: string, reason: string) => call('staff', 'withdrawItem', { kind, targetId, reason }, { retry: true });

export const fetchServiceGaps = () => call('staff', 'listServiceGaps', {}, { retry: true });
