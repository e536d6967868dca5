// The published service guides with what links them to 办件 records: the item code and the promise.
import { SERVICE_COLLECTION, type ServiceDoc } from '#types/models/service';
import { allDocs } from '../all-docs';
import { db } from '../cloud';

export interface GuideCode {
  id: string;
  name: string;
  itemCode: string;
  promisedDays: number | null;
}

export async function loadGuideCodes(): Promise<GuideCode[]> {
  const docs = await allDocs<Pick<ServiceDoc, '_id' | 'name' | 'itemCode' | 'promisedDays'>>((offset, limit) =>
    db.collection(SERVICE_COLLECTION).where({ lifecycle: 'published' }).orderBy('name', 'asc').orderBy('_id', 'asc').skip(offset).limit(limit).field({ name: true, itemCode: true, promisedDays: true }),
  );
  return docs.map((d) => ({ id: d._id, name: d.name, itemCode: d.itemCode ?? '', promisedDays: d.promisedDays }));
}
