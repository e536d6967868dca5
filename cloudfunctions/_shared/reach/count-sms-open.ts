// One more open for an SMS link's area, while the link is valid: counts only.
import { REACH_COLLECTION, type ReachLinkDoc } from '#types/models/reach';
import { _, db, docOrNull } from '../cloud';

export async function countSmsOpen(linkId: string, segment: string, now: Date): Promise<boolean> {
  const ref = db.collection(REACH_COLLECTION).doc(linkId);
  const link = await docOrNull<ReachLinkDoc>(ref);
  if (!link || Number(segment) >= link.segments.length || now > link.expiresAt) return false;
  await ref.update({ data: { [`opens.${segment}`]: _.inc(1) } });
  return true;
}
