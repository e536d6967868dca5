// The county's township and village list, read from the database. Checks read it fresh; the public
// list accepts a copy a minute old on this instance.
import { PLACE_COLLECTION, TOWNSHIPS_MAX, type TownshipDoc } from '#types/models/place';
import { db, docsOf } from '../cloud';

const VIEW_MAX_AGE_MS = 60_000;
let loadedAt = Number.NEGATIVE_INFINITY;
let loaded: TownshipDoc[] = [];

const byOrder = (a: TownshipDoc, b: TownshipDoc): number => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN');

/** Every township (a few dozen documents), in the list's order. */
export async function loadPlaces(use: 'check' | 'view' = 'check'): Promise<TownshipDoc[]> {
  // Date.now() measures the cache's age on this instance, not a legal time.
  if (use === 'view' && Date.now() - loadedAt < VIEW_MAX_AGE_MS) return loaded;
  // The whole (small) collection, unfiltered and unsorted: sorted here.
  loaded = (await docsOf<TownshipDoc>(db.collection(PLACE_COLLECTION).limit(TOWNSHIPS_MAX + 10))).sort(byOrder);
  loadedAt = Date.now();
  return loaded;
}
