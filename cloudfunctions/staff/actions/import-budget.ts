// Reviewers (and admins) only: they publish. Imports a year's budget or final accounts from the CSV
// file they uploaded (or pasted text), all or nothing, audited.
import { staffApi } from '#types/api/staff';
import { importBudget as writeBudget } from '../../_shared/budgets/import-budget';
import { defineHandler } from '../../_shared/define-handler';
import { attacherOf, requireAttachable } from '../../_shared/files/attachable-files';

export const importBudget = defineHandler(staffApi.importBudget, ['reviewer'], async (input, { caller, now }) => {
  const me = await caller();
  const { fileId, csv, ...rest } = input;
  requireAttachable([...(fileId ? [fileId] : []), ...rest.documents.map((d) => d.fileId)], attacherOf(me));
  return writeBudget({ ...rest, source: fileId ? { fileId } : { csv: csv ?? '' } }, me.openid as string, now);
});
