// Writes a checked year of budget figures: the file is read (decoded, never garbled), checked
// against the classification codes in force for the year, every referenced project must exist, a
// year already published is only replaced when asked, and the document and its audit line are
// written together, both carrying the 保密审查 it was published with.
import type { BudgetImportResult } from '#types/api/budget-import';
import { BUDGET_COLLECTION, budgetId, type BudgetDoc, type BudgetType } from '#types/models/budget';
import { PROJECT_COLLECTION } from '#types/models/project';
import type { ConfidentialityCheck } from '#types/models/confidentiality';
import { failedPrecondition, invalidArgument } from '../app-error';
import { recordAudit } from '../audit';
import { _, db, docOrNull, docsOf, runTransaction } from '../cloud';
import { recordedApproval, saveApproval } from './budget-approval';
import { type BudgetSource, budgetText } from './budget-text';
import { loadCodeBook } from './load-code-book';
import { parseBudgetCsv } from './parse-budget-csv';

export interface BudgetImport {
  year: number;
  type: BudgetType;
  source: BudgetSource;
  replace: boolean;
  documents: BudgetDoc['documents'];
  check: ConfidentialityCheck;
  /** The finance bureau's approval day, when the form gives it (else the one recorded before, if any). */
  approvedOn?: string;
}

export async function importBudget(input: BudgetImport, actor: string, now: Date): Promise<BudgetImportResult> {
  const { text, encoding } = await budgetText(input.source);
  const parsed = parseBudgetCsv(text, input.year, input.type, await loadCodeBook(input.year));
  if (!parsed.ok) throw invalidArgument(parsed.errors.join('；'));
  const { content } = parsed;
  const projectIds = [...new Set([...content.functional, ...content.economic].flatMap((l) => l.projectIds).concat(content.specialFunds.flatMap((f) => (f.projectId ? [f.projectId] : []))))];
  if (projectIds.length) {
    const found = await docsOf<{ _id: string }>(db.collection(PROJECT_COLLECTION).where({ _id: _.in(projectIds) }).limit(1000).field({ _id: true }));
    const missing = projectIds.filter((id) => !found.some((p) => p._id === id));
    if (missing.length) throw invalidArgument(`找不到这些项目：${missing.join('、')}（请填已发布项目的编号）`);
  }
  const id = budgetId(input.year, input.type);
  const source = { fileId: 'fileId' in input.source ? input.source.fileId : null, encoding };
  return runTransaction(async (tx) => {
    const ref = tx.collection(BUDGET_COLLECTION).doc(id);
    const before = await docOrNull<BudgetDoc>(ref);
    if (before && !input.replace) throw failedPrecondition(`${input.year} 年${input.type === 'budget' ? '预算' : '决算'}已经导入过；如需更正，请勾选“替换已有数据”`);
    if (input.approvedOn) await saveApproval(tx, id, input.approvedOn, actor, now);
    const approvedOn = input.approvedOn ?? (await recordedApproval(tx, id))?.approvedOn ?? null;
    const doc: Omit<BudgetDoc, '_id'> = { ...content, total: parsed.total, documents: input.documents, source, importedAt: now, importedBy: actor, confidentiality: input.check, approvedOn };
    await ref.set({ data: doc });
    await recordAudit(tx, { actor, action: before ? 'budget.replace' : 'budget.import', collection: BUDGET_COLLECTION, targetId: id, before, after: doc, confidentiality: input.check }, now);
    return { id, total: parsed.total, lines: content.functional.length + content.economic.length + content.specialFunds.length, encoding, economicScope: content.economicScope ?? 'all' };
  });
}
