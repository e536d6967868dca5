// Reviewers (and admins) only: they publish. Imports a year's budget or final accounts from CSV,
// all or nothing, audited.
import { staffApi } from '#types/api/staff';
import { importBudget as writeBudget } from '../../_shared/budgets/import-budget';
import { defineHandler } from '../../_shared/define-handler';
import { attacherOf, requireAttachable } from '../../_shared/files/attachable-files';

export const importBudget = defineHandler(staffApi.importBudget, ['reviewer'], async (input, { caller, now }) => {
  requireAttachable(input.documents.map((d) => d.fileId), attacherOf(await caller()));
  return writeBudget(input, (await caller()).openid as string, now);
});
