// WeChat users only; 好差评 on a service guide. One rating per person per service (a new one replaces
// the old, and the public summary moves with it). A poor rating opens a 办事差评 case on a 15-working-day
// clock, which staff answer from the case queue.
import { publicApi } from '#types/api/public';
import { POOR_RATING_MAX, RATING_LABELS, SERVICE_COLLECTION, SERVICE_RATING_COLLECTION, type RatingSummary, type ServiceDoc, type ServiceRatingDoc } from '#types/models/service';
import { notFound } from '../../_shared/app-error';
import { openCase } from '../../_shared/cases/open-case';
import { db, docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const rateService = defineHandler(publicApi.rateService, 'user', async ({ id, level, comment, requestId }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  const service = await docOrNull<ServiceDoc>(db.collection(SERVICE_COLLECTION).doc(id));
  if (!service || service.lifecycle !== 'published') throw notFound('办事指南');
  // The case first (it may be refused by the content check or the daily limit): nothing else is written then.
  const poor = level <= POOR_RATING_MAX;
  const followUp = poor
    ? await openCase(openid, {
        requestId, category: 'rating', phone: null, consentPublic: false, related: null,
        text: `对“${service.name}”的评价：${RATING_LABELS[level - 1]}。${comment || '没有写原因。'}`,
      }, now)
    : null;
  await runTransaction(async (tx) => {
    const ratingRef = tx.collection(SERVICE_RATING_COLLECTION).doc(`${id}:${openid}`);
    const before = await docOrNull<ServiceRatingDoc>(ratingRef);
    const current = await docOrNull<ServiceDoc>(tx.collection(SERVICE_COLLECTION).doc(id));
    if (!current) throw notFound('办事指南');
    const levels = [...current.ratings.levels] as RatingSummary['levels'];
    if (before) levels[before.level - 1] = Math.max(0, (levels[before.level - 1] ?? 0) - 1);
    levels[level - 1] = (levels[level - 1] ?? 0) + 1;
    const ratings: RatingSummary = { count: current.ratings.count + (before ? 0 : 1), levels };
    await tx.collection(SERVICE_COLLECTION).doc(id).update({ data: { ratings } });
    const rating: Omit<ServiceRatingDoc, '_id'> = { serviceId: id, openid, level, comment, at: now, caseId: followUp?._id ?? before?.caseId ?? null };
    await ratingRef.set({ data: rating });
  });
  return { level, caseTrackingNo: followUp?.trackingNo ?? null };
});
