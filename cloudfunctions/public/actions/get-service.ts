// Anyone may call; one service guide, with the signed-in person's own rating and the Q&A that name it.
import { publicApi } from '#types/api/public';
import { QA_COLLECTION, type QaDoc } from '#types/models/policy';
import { SERVICE_COLLECTION, SERVICE_RATING_COLLECTION, type ServiceDoc, type ServiceRatingDoc } from '#types/models/service';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { toServiceView } from '../queries/service-view';

/** A guide lists at most this many of its Q&A. */
const GUIDE_QAS_MAX = 20;

export const getService = defineHandler(publicApi.getService, 'anyone', async ({ id }, { caller }) => {
  const service = await docOrNull<ServiceDoc>(db.collection(SERVICE_COLLECTION).doc(id));
  if (!service) throw notFound('办事指南');
  const { openid } = await caller();
  const mine = openid ? await docOrNull<ServiceRatingDoc>(db.collection(SERVICE_RATING_COLLECTION).doc(`${id}:${openid}`)) : null;
  const qas = await docsOf<Pick<QaDoc, 'question'> & { _id: string }>(
    db.collection(QA_COLLECTION).where({ serviceId: id, lifecycle: 'published' }).orderBy('order', 'asc').orderBy('_id', 'asc').field({ _id: true, question: true }).limit(GUIDE_QAS_MAX),
  );
  return toServiceView(service, mine ? { level: mine.level, comment: mine.comment } : null, qas.map((q) => ({ id: q._id, question: q.question })));
});
