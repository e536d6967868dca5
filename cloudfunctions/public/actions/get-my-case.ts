// WeChat users only; one of the caller's own cases. Someone else's reads as not found.
import { publicApi } from '#types/api/public';
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { notFound } from '../../_shared/app-error';
import { photoUrlsOf, toCaseView } from '../../_shared/cases/case-view';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const getMyCase = defineHandler(publicApi.getMyCase, 'user', async ({ id }, { caller, now }) => {
  const c = await docOrNull<CaseDoc>(db.collection(CASE_COLLECTION).doc(id));
  if (!c || c.openid !== (await caller()).openid) throw notFound('事项');
  return toCaseView(c, now, await photoUrlsOf([c]));
});
