// Reviewers (and admins) only, as budgets: a 双公示 file of licences or penalties from the CSV file they
// uploaded (or pasted text), all or nothing, published at once with its 保密审查, audited.
import { staffApi } from '#types/api/staff';
import { confidentialityCheck } from '../../_shared/confidentiality-check';
import { importDecisions as writeDecisions } from '../../_shared/decisions/import-decisions';
import { defineHandler } from '../../_shared/define-handler';
import { attacherOf, requireAttachable } from '../../_shared/files/attachable-files';

export const importDecisions = defineHandler(staffApi.importDecisions, ['reviewer'], async ({ kind, fileId, csv, confidentiality }, { caller, now }) => {
  const me = await caller();
  const check = confidentialityCheck(confidentiality, me.openid as string, now);
  if (fileId) requireAttachable([fileId], attacherOf(me));
  return writeDecisions({ kind, source: fileId ? { fileId } : { csv: csv ?? '' }, check }, me.openid as string, now);
});
