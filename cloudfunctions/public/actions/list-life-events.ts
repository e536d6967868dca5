// Anyone may call; the life events (开网约车, 办道路运输证 …) published guides are filed under, with counts.
import { publicApi } from '#types/api/public';
import { SERVICE_COLLECTION, type ServiceDoc } from '#types/models/service';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const listLifeEvents = defineHandler(publicApi.listLifeEvents, 'anyone', async () => {
  const rows = await docsOf<Pick<ServiceDoc, 'lifeEvents'>>(db.collection(SERVICE_COLLECTION).where({ lifecycle: 'published' }).limit(1000).field({ lifeEvents: true }));
  const counts = new Map<string, number>();
  for (const row of rows) for (const e of row.lifeEvents) counts.set(e, (counts.get(e) ?? 0) + 1);
  return { items: [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh')) };
});
