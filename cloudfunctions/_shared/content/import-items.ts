// Bulk import of published content (`npm run import` and the admin action). Each row is validated and
// published in its own transaction, idempotently: the same external id always maps to the same item,
// an unchanged row changes nothing, a changed row becomes a new version, a bad row is reported. Every
// item published carries the batch's 保密审查 (given by whoever imports it).
import * as v from 'valibot';
import type { ImportReport } from '#types/api/workflow';
import type { ImportItem } from '#types/api/import-format';
import { importItemSchema } from '#types/api/import-format';
import { describeIssues } from '#types/api/describe-issues';
import { CONTENT_FIELD_LABELS, type FieldLabels } from '#types/api/field-labels';
import type { ConfidentialityCheck } from '#types/models/confidentiality';
import { REVISION_COLLECTION, type ContentKind, type RevisionDoc } from '#types/models/revision';
import { logError } from '../log-error';
import { AppError } from '../app-error';
import { docOrNull, runTransaction } from '../cloud';
import { CONTENT_KINDS, contentToPublish, parseContent } from './content-kinds';
import { fileIdsIn, requireAttachable } from '../files/attachable-files';
import { publishRevision } from './publish-revision';

export const importedId = (kind: ContentKind, externalId: string): string => `${kind}-x-${externalId}`;

/** References inside an import file are external ids; stored references are item ids. */
function withInternalRefs(item: ImportItem): unknown {
  const content = { ...(item.content as Record<string, unknown>) };
  if (item.kind === 'qa' && typeof content.policyId === 'string') content.policyId = importedId('policy', content.policyId);
  if (item.kind === 'qa' && typeof content.serviceId === 'string') content.serviceId = importedId('service', content.serviceId);
  if (item.kind === 'policy' && typeof content.replaces === 'string') content.replaces = importedId('policy', content.replaces);
  if ((item.kind === 'projectUpdate' || item.kind === 'inspection') && typeof content.projectId === 'string') content.projectId = importedId('project', content.projectId);
  return content;
}

export function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

// What others refer to goes first: older policies before those replacing them, policies before their
// Q&A, projects before their updates; records of the same kind in the order they were published.
const RANKS: Record<ImportItem['kind'], number> = { policy: 0, project: 0, term: 2, qa: 3, projectUpdate: 4, inspection: 4, service: 0, consultation: 0, guide: 0, bureau: 0, proposal: 0, busRoute: 0, annualReport: 0 };
function rank(item: ImportItem): number {
  return RANKS[item.kind] + (item.kind === 'policy' && (item.content as { replaces?: unknown }).replaces ? 1 : 0);
}

/** The field names of the row's kind, when it names a known one. */
function labelsOf(row: unknown): FieldLabels {
  const kind = (row as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(CONTENT_FIELD_LABELS, kind) ? CONTENT_FIELD_LABELS[kind as ContentKind] : {};
}

export async function importItems(rows: unknown[], actor: string, now: Date, check: ConfidentialityCheck): Promise<ImportReport> {
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
  const valid: { index: number; item: ImportItem }[] = [];
  rows.forEach((row, index) => {
    const parsed = v.safeParse(importItemSchema, row);
    if (parsed.success) valid.push({ index, item: parsed.output });
    else report.rejected.push({ index, externalId: String((row as { externalId?: unknown })?.externalId ?? ''), message: describeIssues(parsed.issues, labelsOf(row)) });
  });
  valid.sort((a, b) => rank(a.item) - rank(b.item) || (a.item.publishedAt ?? '').localeCompare(b.item.publishedAt ?? '') || a.index - b.index);
  for (const { index, item } of valid) {
    try {
      const content = parseContent(item.kind, withInternalRefs(item));
      requireAttachable(fileIdsIn(content), { openid: actor, staff: true });
      const targetId = CONTENT_KINDS[item.kind].singletonId ?? importedId(item.kind, item.externalId);
      const at = item.publishedAt ? new Date(item.publishedAt) : now;
      const outcome = await runTransaction(async (tx) => {
        const current = await docOrNull<Record<string, unknown> & { version: number }>(tx.collection(CONTENT_KINDS[item.kind].collection).doc(targetId));
        const effective = contentToPublish(item.kind, current, content);
        if (current && stable(Object.fromEntries(Object.keys(effective).map((k) => [k, current[k]]))) === stable(effective)) return 'unchanged' as const;
        const version = current?.version ?? 0;
        const revision: RevisionDoc = {
          _id: `import-${targetId}-v${version + 1}`, kind: item.kind, targetId, baseVersion: version, content,
          // The change note is what 更新记录 shows: the file's own note, else what happened to the item.
          changeNote: item.changeNote || (current ? '内容更新' : '首次发布'), status: 'in_review', authorId: actor,
          reviewerId: null, reviewNote: null, createdAt: at, updatedAt: at, submittedAt: at, decidedAt: null,
        };
        const { _id, ...data } = revision;
        await tx.collection(REVISION_COLLECTION).doc(_id).set({ data });
        await publishRevision(tx, revision, actor, '批量导入', at, check);
        return current ? ('updated' as const) : ('created' as const);
      });
      report[outcome] += 1;
    } catch (error) {
      const message = error instanceof AppError ? error.message : '导入失败，请稍后重试';
      if (!(error instanceof AppError)) logError('import', error);
      report.rejected.push({ index, externalId: item.externalId, message });
    }
  }
  report.rejected.sort((a, b) => a.index - b.index);
  return report;
}
