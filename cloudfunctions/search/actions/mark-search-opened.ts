// Anyone may call; the search page says one of a search's hits was opened.
import { searchApi } from '#types/api/search';
import { markOpened } from '../../_shared/search/search-log';
import { defineHandler } from '../../_shared/define-handler';

export const markSearchOpened = defineHandler(searchApi.markSearchOpened, 'anyone', async ({ logId }) => ({ marked: await markOpened(logId) }));
