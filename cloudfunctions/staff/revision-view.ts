import type { RevisionDetail, RevisionSummary } from '#types/api/workflow';
import type { RevisionDoc } from '#types/models/revision';
import { CONTENT_KINDS } from '../_shared/content/content-kinds';

function titleOf(revision: RevisionDoc): string {
  const c = revision.content;
  return String(c.title ?? c.name ?? c.question ?? c.term ?? (c.text ? String(c.text).slice(0, 30) : null) ?? (c.inspector ? `检查：${String(c.inspector)}` : null) ?? (revision.kind === 'guide' ? '政府信息公开指南' : '（无标题）'));
}

export function toSummary(revision: RevisionDoc, viewer: string | null): RevisionSummary {
  return {
    id: revision._id,
    kind: revision.kind,
    targetId: revision.targetId,
    title: titleOf(revision),
    status: revision.status,
    baseVersion: revision.baseVersion,
    changeNote: revision.changeNote,
    authorId: revision.authorId,
    mine: revision.authorId === viewer,
    reviewNote: revision.reviewNote,
    updatedAt: revision.updatedAt.toISOString(),
  };
}

export function toDetail(revision: RevisionDoc, viewer: string | null): RevisionDetail {
  const check = revision.confidentiality;
  return { ...toSummary(revision, viewer), content: CONTENT_KINDS[revision.kind].toInput(revision.content), confidentiality: check ? { ...check, at: check.at.toISOString() } : null };
}
