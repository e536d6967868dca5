// Anyone may call; searches everything published (see _shared/search for how the index works).
import { publicApi } from '#types/api/public';
import { currentIndex } from '../../_shared/search/search-store';
import { defineHandler } from '../../_shared/define-handler';

export const search = defineHandler(publicApi.search, 'anyone', async ({ q, limit = 10 }) => {
  const index = await currentIndex();
  return {
    hits: index.search(q, limit).map((hit) => ({
      kind: hit.entry.kind,
      refId: hit.entry.refId,
      title: hit.entry.title,
      snippet: hit.snippet,
      highlights: hit.highlights,
      path: hit.entry.path,
    })),
  };
});
