// Anyone may call; published consultations, newest first, with where each stands.
import { publicApi } from '#types/api/public';
import { CONSULTATION_COLLECTION, type ConsultationDoc } from '#types/models/consultation';
import { db, docsOf } from '../../_shared/cloud';
import { toConsultationItem } from '../../_shared/consultations/consultation-view';
import { defineHandler } from '../../_shared/define-handler';
import { decodeOffset, offsetPage } from '../../_shared/offset-cursor';

export const listConsultations = defineHandler(publicApi.listConsultations, 'anyone', async ({ cursor, limit = 20 }, { now }) => {
  const offset = decodeOffset(cursor);
  const rows = await docsOf<ConsultationDoc>(db.collection(CONSULTATION_COLLECTION).where({ lifecycle: 'published' }).orderBy('opensAt', 'desc').orderBy('_id', 'desc').skip(offset).limit(limit + 1));
  const { items, nextCursor } = offsetPage(rows, offset, limit);
  return { items: items.map((c) => toConsultationItem(c, now)), nextCursor };
});
