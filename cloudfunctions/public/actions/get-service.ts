// Anyone may call; one service guide, with the signed-in person's own rating.
import { publicApi } from '#types/api/public';
import { SERVICE_COLLECTION, SERVICE_RATING_COLLECTION, type ServiceDoc, type ServiceRatingDoc } from '#types/models/service';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { toServiceView } from '../queries/service-view';

export const getService = defineHandler(publicApi.getService, 'anyone', async ({ id }, { caller }) => {
  const service = await docOrNull<ServiceDoc>(db.collection(SERVICE_COLLECTION).doc(id));
  if (!service) throw notFound('办事指南');
  const { openid } = await caller();
  const mine = openid ? await docOrNull<ServiceRatingDoc>(db.collection(SERVICE_RATING_COLLECTION).doc(`${id}:${openid}`)) : null;
  return toServiceView(service, mine ? { level: mine.level, comment: mine.comment } : null);
});
