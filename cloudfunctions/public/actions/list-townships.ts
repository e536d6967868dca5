// Anyone may call; the townships that have published projects, with how many each.
import { publicApi } from '#types/api/public';
import { PROJECT_COLLECTION } from '#types/models/project';
import { _, db } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const listTownships = defineHandler(publicApi.listTownships, 'anyone', async () => {
  const $ = _.aggregate;
  const res = (await db.collection(PROJECT_COLLECTION).aggregate().match({ lifecycle: _.neq('withdrawn') }).group({ _id: '$township', count: $.sum(1) }).sort({ _id: 1 }).end()) as {
    list: { _id: string; count: number }[];
  };
  return { items: res.list.map((r) => ({ township: r._id, count: r.count })) };
});
