// Editors and reviewers: the SMS link sets made for an item, newest first, with the opens counted so far.
import { reachStaffApi } from '#types/api/reach';
import { REACH_COLLECTION, type ReachLinkDoc } from '#types/models/reach';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { linkSetView } from '../../_shared/reach/link-set-view';

export const listSmsLinks = defineHandler(reachStaffApi.listSmsLinks, ['editor', 'reviewer'], async ({ refId }) => {
  const sets = await docsOf<ReachLinkDoc>(db.collection(REACH_COLLECTION).where({ refId }).orderBy('createdAt', 'desc').limit(20));
  return { items: sets.map(linkSetView) };
});
