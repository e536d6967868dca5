// The search function: answers searches from an index built in memory from the published items (see
// _shared/search), and takes the search page's note that a hit was opened. Its own function so that
// the cold start that builds the index has the time and memory it needs (types/api/function-limits.ts)
// without making every other call wait as long.
import type { SearchApi } from '#types/api/search';
import { checkHealth } from '../_shared/check-health';
import { createMain } from '../_shared/create-main';
import { markSearchOpened } from './actions/mark-search-opened';
import { search } from './actions/search';

export const main = createMain<SearchApi>({ search, markSearchOpened, checkHealth });
