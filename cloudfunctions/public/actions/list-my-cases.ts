// WeChat users only; the caller's own cases, newest first. Nobody sees anyone else's.
import { publicApi } from '#types/api/public';
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { photoUrlsOf, toCaseView } from '../../_shared/cases/case-view';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';

export const listMyCases = defineHandler(publicApi.listMyCases, 'user', async ({ cursor, limit = 20 }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  const where = cursor ? _.and([{ openid }, olderThan('createdAt', decodeCursor(cursor))]) : { openid };
  const rows = await docsOf<CaseDoc>(db.collection(CASE_COLLECTION).where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (row) => row.createdAt);
  const urls = await photoUrlsOf(page);
  return { items: page.map((c) => toCaseView(c, now, urls)), nextCursor };
});
