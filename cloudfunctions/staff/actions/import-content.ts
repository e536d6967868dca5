// Admins only; imports a batch of published content from the documented JSON format, audited.
import { staffApi } from '#types/api/staff';
import { importItems } from '../../_shared/content/import-items';
import { defineHandler } from '../../_shared/define-handler';

export const importContent = defineHandler(staffApi.importContent, ['admin'], async ({ items }, { caller, now }) => {
  return importItems(items, (await caller()).openid as string, now);
});
