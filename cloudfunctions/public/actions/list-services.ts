// Anyone may call; published service guides by kind or life event, by name.
import { publicApi } from '#types/api/public';
import { SERVICE_COLLECTION, type ServiceDoc } from '#types/models/service';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeOffset, offsetPage } from '../../_shared/offset-cursor';
import { toServiceItem } from '../queries/service-view';

export const listServices = defineHandler(publicApi.listServices, 'anyone', async ({ kind, lifeEvent, cursor, limit = 20 }) => {
  const offset = decodeOffset(cursor);
  const where = { lifecycle: 'published', ...(kind ? { kind } : {}), ...(lifeEvent ? { lifeEvents: lifeEvent } : {}) };
  const rows = await docsOf<ServiceDoc>(db.collection(SERVICE_COLLECTION).where(where).orderBy('name', 'asc').orderBy('_id', 'asc').skip(offset).limit(limit + 1));
  const { items, nextCursor } = offsetPage(rows, offset, limit);
  return { items: items.map(toServiceItem), nextCursor };
});
