// Editors (and admins) only: the bus routes CSV they uploaded (or pasted), checked whole; every new or
// changed route becomes a revision waiting for a reviewer, as a draft they submitted would.
import { staffApi } from '#types/api/staff';
import { importBusRoutes as submitRoutes } from '../../_shared/bus/import-bus-routes';
import { defineHandler } from '../../_shared/define-handler';
import { attacherOf, requireAttachable } from '../../_shared/files/attachable-files';

export const importBusRoutes = defineHandler(staffApi.importBusRoutes, ['editor'], async ({ fileId, csv }, { caller, now }) => {
  const me = await caller();
  if (fileId) requireAttachable([fileId], attacherOf(me));
  return submitRoutes(fileId ? { fileId } : { csv: csv ?? '' }, me.openid as string, now, 'submit');
});
