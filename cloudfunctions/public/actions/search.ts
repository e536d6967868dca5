// Anyone may call; searches everything published (see _shared/search for how the index works and
// how it decides that nothing answers).
import { publicApi } from '#types/api/public';
import { answerSearch } from '../../_shared/search/search-answer';
import { currentIndex } from '../../_shared/search/search-store';
import { defineHandler } from '../../_shared/define-handler';

export const search = defineHandler(publicApi.search, 'anyone', async ({ q, limit = 10 }, { now }) => {
  const { topCoverage: _top, ...result } = answerSearch(await currentIndex(), q, limit, now);
  return result;
});
