// Editors and reviewers: 办件 records from the provincial platform's CSV export (uploaded file or pasted
// text), all or nothing, idempotent, audited. Records are not published; guides show figures from them.
import { staffApi } from '#types/api/staff';
import { defineHandler } from '../../_shared/define-handler';
import { attacherOf, requireAttachable } from '../../_shared/files/attachable-files';
import { importHandling as storeHandling } from '../../_shared/handling/import-handling';

export const importHandling = defineHandler(staffApi.importHandling, ['editor', 'reviewer'], async ({ fileId, csv }, { caller, now }) => {
  const me = await caller();
  if (fileId) requireAttachable([fileId], attacherOf(me));
  return storeHandling(fileId ? { fileId } : { csv: csv ?? '' }, me.openid as string, now);
});
