// Reviewers: the day the finance bureau approved a year's budget or final accounts, recorded before
// the file is imported, so the freshness monitor counts the 20 days to publication from it.
import { staffApi } from '#types/api/staff';
import { budgetId } from '#types/models/budget';
import { requireApprovalDay, saveApproval } from '../../_shared/budgets/budget-approval';
import { runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const recordBudgetApproval = defineHandler(staffApi.recordBudgetApproval, ['reviewer'], async ({ year, type, approvedOn }, { caller, now }) => {
  const me = await caller();
  requireApprovalDay(year, type, approvedOn, now);
  const id = budgetId(year, type);
  await runTransaction((tx) => saveApproval(tx, id, approvedOn, me.openid as string, now));
  return { id, approvedOn };
});
