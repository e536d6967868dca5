// Anyone may call; the next page of a long policy original.
import { publicApi } from '#types/api/public';
import { POLICY_COLLECTION, type PolicyDoc } from '#types/models/policy';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { bodyPage } from '../queries/body-page';

export const getPolicyBody = defineHandler(publicApi.getPolicyBody, 'anyone', async ({ id, from }) => {
  const p = await docOrNull<PolicyDoc>(db.collection(POLICY_COLLECTION).doc(id).field({ body: true }));
  if (!p) throw notFound('政策');
  return bodyPage(p.body, from);
});
