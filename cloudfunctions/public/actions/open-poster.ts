// Anyone: where a scanned poster code leads. A live item opens its page; a 本村公开栏 sheet lists its items;
// an item withdrawn or superseded since the poster went up says so and links to what replaced it. The scan
// itself is counted by recordOpen (source `poster.<id>`), like an SMS link's open.
import { posterPublicApi, type PosterLanding } from '#types/api/posters';
import type { PublishedMeta } from '#types/models/content';
import { FEED_PATHS } from '#types/models/feed';
import { POLICY_COLLECTION, type PolicyDoc } from '#types/models/policy';
import { POSTER_COLLECTION, type PosterDoc } from '#types/models/poster';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { ITEM_COLLECTIONS } from '../../_shared/posters/item-collections';

type Item = PublishedMeta & { title?: string; supersededBy?: string | null };

async function replacementOf(item: Item): Promise<{ title: string; path: string } | null> {
  if (!item.supersededBy) return null;
  const next = await docOrNull<PolicyDoc>(db.collection(POLICY_COLLECTION).doc(item.supersededBy));
  return next && next.lifecycle === 'published' ? { title: next.title, path: FEED_PATHS.policy?.(next._id) ?? '' } : null;
}

export const openPoster = defineHandler(posterPublicApi.openPoster, 'anyone', async ({ id }): Promise<PosterLanding> => {
  const poster = await docOrNull<PosterDoc>(db.collection(POSTER_COLLECTION).doc(id));
  if (!poster) throw notFound('这张海报');
  if (poster.subject === 'board' || !poster.kind || !poster.refId) {
    return { state: 'board', title: poster.title, area: poster.area, items: poster.items.map((i) => ({ kind: i.kind, title: i.title, path: FEED_PATHS[i.kind]?.(i.refId) ?? null })) };
  }
  const item = await docOrNull<Item>(db.collection(ITEM_COLLECTIONS[poster.kind]).doc(poster.refId));
  const path = FEED_PATHS[poster.kind]?.(poster.refId);
  if (item?.lifecycle === 'published' && path) return { state: 'open', title: poster.title, path };
  return { state: 'withdrawn', title: poster.title, note: item?.lifecycleNote ?? null, replacement: item ? await replacementOf(item) : null };
});
