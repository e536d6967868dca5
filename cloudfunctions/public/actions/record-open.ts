// Anyone: the app was opened through an SMS link; its area's open count goes up by one. Counts only: who
// opened it is not recorded. An unknown link or area counts nothing.
import { reachPublicApi } from '#types/api/reach';
import { REACH_COLLECTION, type ReachLinkDoc, SOURCE_PATTERN } from '#types/models/reach';
import { _, db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const recordOpen = defineHandler(reachPublicApi.recordOpen, 'anyone', async ({ src }, { now }) => {
  const [, linkId = '', segment = ''] = SOURCE_PATTERN.exec(src) ?? [];
  const ref = db.collection(REACH_COLLECTION).doc(linkId);
  const link = await docOrNull<ReachLinkDoc>(ref);
  if (!link || Number(segment) >= link.segments.length || now > link.expiresAt) return { counted: false };
  await ref.update({ data: { [`opens.${segment}`]: _.inc(1) } });
  return { counted: true };
});
