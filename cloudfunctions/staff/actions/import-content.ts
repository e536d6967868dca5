// Admins only; imports a batch of published content from the documented JSON format, with the batch's
// 保密审查, audited.
import { staffApi } from '#types/api/staff';
import { importItems } from '../../_shared/content/import-items';
import { confidentialityCheck } from '../../_shared/confidentiality-check';
import { defineHandler } from '../../_shared/define-handler';

export const importContent = defineHandler(staffApi.importContent, ['admin'], async ({ items, confidentiality }, { caller, now }) => {
  const me = (await caller()).openid as string;
  return importItems(items, me, now, confidentialityCheck(confidentiality, me, now));
});
