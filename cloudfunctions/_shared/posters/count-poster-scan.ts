// One more scan for a poster: counts only, nothing about who scanned.
import { POSTER_COLLECTION, type PosterDoc } from '#types/models/poster';
import { _, db, docOrNull } from '../cloud';

export async function countPosterScan(posterId: string): Promise<boolean> {
  const ref = db.collection(POSTER_COLLECTION).doc(posterId);
  if (!(await docOrNull<PosterDoc>(ref))) return false;
  await ref.update({ data: { scans: _.inc(1) } });
  return true;
}
