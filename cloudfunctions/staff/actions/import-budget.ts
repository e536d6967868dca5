// Reviewers (and admins) only: they publish. Imports a year's budget or final accounts from the CSV
// file they uploaded (or pasted text), all or nothing, with its 保密审查, audited.
import { staffApi } from '#types/api/staff';
import { requireApprovalDay } from '../../_shared/budgets/budget-approval';
import { importBudget as writeBudget } from '../../_shared/budgets/import-budget';
import { confidentialityCheck } from '../../_shared/confidentiality-check';
import { defineHandler } from '../../_shared/define-handler';
import { attacherOf, requireAttachable } from '../../_shared/files/attachable-files';

export const importBudget = defineHandler(staffApi.importBudget, ['reviewer'], async (input, { caller, now }) => {
  const me = await caller();
  const { fileId, csv, confidentiality, ...rest } = input;
  const check = confidentialityCheck(confidentiality, me.openid as string, now);
  if (rest.approvedOn) requireApprovalDay(rest.year, rest.type, rest.approvedOn, now);
  requireAttachable([...(fileId ? [fileId] : []), ...rest.documents.map((d) => d.fileId)], attacherOf(me));
  return writeBudget({ ...rest, source: fileId ? { fileId } : { csv: csv ?? '' }, check }, me.openid as string, now);
});
