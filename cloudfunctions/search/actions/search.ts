// Anyone may call; searches everything published (see _shared/search for how the index works and
// how it decides that nothing answers). Each search is logged without who asked (see search-log).
import { searchApi } from '#types/api/search';
import { answerSearch } from '../../_shared/search/search-answer';
import { logSearch } from '../../_shared/search/search-log';
import { searchableText } from '../../_shared/search/mask-query';
import { currentIndex } from '../../_shared/search/search-store';
import { defineHandler } from '../../_shared/define-handler';

export const search = defineHandler(searchApi.search, 'anyone', async ({ q, limit = 10 }, { now }) => {
  const { topCoverage, ...result } = answerSearch(await currentIndex(), searchableText(q), limit, now);
  const logId = await logSearch(q, { results: result.hits.length, topScore: Math.round(topCoverage * 1000) / 1000, answered: result.answered }, now);
  return { ...result, logId };
});
