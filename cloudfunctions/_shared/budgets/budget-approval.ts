// The finance bureau's approval (批复) of a year's budget or final accounts: the 20-day publication
// clock (《预算法》第十四条) runs from it. Recorded on its own before the file is ready, or with the
// import; kept in one settings document, written inside the caller's transaction with its audit line.
import { BUDGET_APPROVALS_ID, type BudgetApproval, type BudgetApprovalsDoc, type BudgetType } from '#types/models/budget';
import { CASE_SETTINGS_COLLECTION } from '#types/models/case';
import { invalidArgument } from '../app-error';
import { recordAudit } from '../audit';
import { docOrNull, type Tx } from '../cloud';
import { toBeijingInput } from '../time/beijing-time';

/** Why an approval day cannot be right for the year and type, or null. A budget is approved in its
 * year or late in the year before; final accounts in the next two years; never after today. */
export function approvalProblem(year: number, type: BudgetType, approvedOn: string, now: Date): string | null {
  if (approvedOn > toBeijingInput(now).slice(0, 10)) return '批复日期不能晚于今天';
  const approvedYear = Number(approvedOn.slice(0, 4));
  const [first, last] = type === 'budget' ? [year - 1, year] : [year + 1, year + 2];
  if (approvedYear < first || approvedYear > last) return `${year} 年${type === 'budget' ? '预算' : '决算'}的批复日期应在 ${first}—${last} 年之间`;
  return null;
}

export const requireApprovalDay = (year: number, type: BudgetType, approvedOn: string, now: Date): void => {
  const problem = approvalProblem(year, type, approvedOn, now);
  if (problem) throw invalidArgument(problem);
};

const approvalsRef = (tx: Tx) => tx.collection(CASE_SETTINGS_COLLECTION).doc(BUDGET_APPROVALS_ID);

/** The approval recorded for a budget id, read inside the transaction. */
export async function recordedApproval(tx: Tx, id: string): Promise<BudgetApproval | null> {
  return (await docOrNull<BudgetApprovalsDoc>(approvalsRef(tx)))?.approvals[id] ?? null;
}

/** Records (or changes) the approval day, audited; the same day again writes nothing. Returns whether it changed. */
export async function saveApproval(tx: Tx, id: string, approvedOn: string, actor: string, now: Date): Promise<boolean> {
  const doc = await docOrNull<BudgetApprovalsDoc>(approvalsRef(tx));
  const before = doc?.approvals[id] ?? null;
  if (before?.approvedOn === approvedOn) return false;
  const approval: BudgetApproval = { approvedOn, by: actor, at: now };
  await approvalsRef(tx).set({ data: { approvals: { ...(doc?.approvals ?? {}), [id]: approval } } });
  await recordAudit(tx, { actor, action: 'budget.approval', collection: CASE_SETTINGS_COLLECTION, targetId: id, before, after: approval }, now);
  return true;
}
