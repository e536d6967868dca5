// Admins: adds a classification code the shipped national list lacks, or renames one, from a budget
// year on (the Ministry of Finance revises 政府收支分类科目 every year). The code must be well formed
// and its parent already known for that year. Idempotent; audited.
import type { BudgetCodeView } from '#types/api/budget-import';
import { staffApi } from '#types/api/staff';
import { BUDGET_CODE_COLLECTION, budgetCodeId, type BudgetCodeDoc, type Classification, classificationOf, parentCodeOf } from '#types/models/budget-code';
import { invalidArgument } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { loadCodeBook } from '../../_shared/budgets/load-code-book';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const saveBudgetCode = defineHandler(staffApi.saveBudgetCode, ['admin'], async ({ year, code, name }, { caller, now }) => {
  const me = (await caller()).openid as string;
  const parent = parentCodeOf(code);
  if (parent && (await loadCodeBook(year)).nameOf(parent) === null) throw invalidArgument(`上级科目“${parent}”不在 ${year} 年的科目里，请先添加上级科目`);
  const classification = classificationOf(code) as Classification;
  const id = budgetCodeId(year, code);
  const doc: Omit<BudgetCodeDoc, '_id'> = { code, name, fromYear: year, classification, updatedAt: now, updatedBy: me };
  await runTransaction(async (tx) => {
    const ref = tx.collection(BUDGET_CODE_COLLECTION).doc(id);
    const before = await docOrNull<BudgetCodeDoc>(ref);
    await ref.set({ data: doc });
    await recordAudit(tx, { actor: me, action: 'budget_code.save', collection: BUDGET_CODE_COLLECTION, targetId: id, before, after: doc }, now);
  });
  const view: BudgetCodeView = { code, name, classification, origin: 'entered', fromYear: year };
  return view;
});
