// Retention for 好差评: a rating's free-text comment may carry a name or a number. After the cases' period
// (counted from when it was given) the comment goes through maskPersonal and the rating is stamped; the
// level stays in the service's public summary. A page per run; repeating it changes nothing.
import { SERVICE_RATING_COLLECTION, type ServiceRatingDoc } from '#types/models/service';
import { ERASE_PAGE } from '#types/models/retention';
import { _, db, docsOf } from '../_shared/cloud';
import { maskPersonal } from '../_shared/cases/mask-personal';

/** Ratings erased by this run. */
export async function eraseRatingComments(now: Date, cutoff: Date): Promise<number> {
  const due = await docsOf<ServiceRatingDoc>(db.collection(SERVICE_RATING_COLLECTION).where({ personalErasedAt: null, at: _.lt(cutoff) }).limit(ERASE_PAGE));
  for (const rating of due) {
    // Only if it is still the rating that was read: a person rating again meanwhile replaced it.
    await db.collection(SERVICE_RATING_COLLECTION).where({ _id: rating._id, at: rating.at }).update({ data: { comment: maskPersonal(rating.comment), personalErasedAt: now } });
  }
  return due.length;
}
