// WeChat users only; 好差评 on a service guide. One rating per person per service (a new one replaces
// the old, and the public summary moves with it). A poor rating opens a 办事差评 case on a 15-working-day
// clock, which staff answer from the case queue. Once per client request id: a retry gets the first
// answer (the same case number) and moves nothing again.
import { publicApi } from '#types/api/public';
import { POOR_RATING_MAX, RATING_LABELS, SERVICE_COLLECTION, SERVICE_RATING_COLLECTION, type ServiceDoc, type ServiceRatingDoc } from '#types/models/service';
import { notFound } from '../../_shared/app-error';
import { placeCase, prepareCase } from '../../_shared/cases/open-case';
import { _, db, docOrNull } from '../../_shared/cloud';
import { countMove } from '../../_shared/count-move';
import { defineHandler } from '../../_shared/define-handler';
import { oncePerRequest } from '../../_shared/once-per-request';

export const rateService = defineHandler(publicApi.rateService, 'user', async ({ id, level, comment, requestId }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  return oncePerRequest('rateService', openid, requestId, {
    // The case is checked first (the content check or the daily limit may refuse it): nothing is written then.
    prepare: async () => {
      const service = await docOrNull<ServiceDoc>(db.collection(SERVICE_COLLECTION).doc(id));
      if (!service || service.lifecycle !== 'published') throw notFound('办事指南');
      if (level > POOR_RATING_MAX) return null;
      return prepareCase(openid, {
        requestId, category: 'rating', phone: null, consentPublic: false, related: null,
        text: `对“${service.name}”的评价：${RATING_LABELS[level - 1]}。${comment || '没有写原因。'}`,
      }, now);
    },
    write: async (tx, poor) => {
      const followUp = poor ? await placeCase(tx, poor, now) : null;
      const ratingRef = tx.collection(SERVICE_RATING_COLLECTION).doc(`${id}:${openid}`);
      const before = await docOrNull<ServiceRatingDoc>(ratingRef);
      const rating: Omit<ServiceRatingDoc, '_id'> = { serviceId: id, openid, level, comment, at: now, caseId: followUp?._id ?? before?.caseId ?? null };
      await ratingRef.set({ data: rating });
      // The service's summary last, by increments: the one document every rater shares is held the shortest.
      const moved = { ...countMove('ratings.levels', before ? String(before.level - 1) : null, String(level - 1)), ...(before ? {} : { 'ratings.count': _.inc(1) }) };
      if (Object.keys(moved).length) await tx.collection(SERVICE_COLLECTION).doc(id).update({ data: moved });
      return { level, caseTrackingNo: followUp?.trackingNo ?? null };
    },
  }, now);
});
