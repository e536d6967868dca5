// The search function: answers searches from an index built in memory from the published items (see
// _shared/search), and takes the search page's note that a hit was opened. Its own function so that
// the cold start that builds the index has the time and memory it needs (types/api/function-limits.ts)
// without making every other call wait as long. The H5 build under the county portal reaches it through
// the HTTP access service (POST /portal/api/search), as an anonymous visitor.
import type { SearchApi } from '#types/api/search';
import type { CallContext } from '../_shared/call-context';
import { checkHealth } from '../_shared/check-health';
import { createMain } from '../_shared/create-main';
import { answerPostedAction, isHttpEvent, jsonAnswer } from '../_shared/http-access';
import { markSearchOpened } from './actions/mark-search-opened';
import { search } from './actions/search';

const actions = createMain<SearchApi>({ search, markSearchOpened, checkHealth });

export async function main(event: unknown, platform?: CallContext): Promise<unknown> {
  if (!isHttpEvent(event)) return actions(event, platform);
  if (!/\/api\/search\/?$/.test(event.path)) return jsonAnswer(404, { ok: false, code: 'NOT_FOUND', message: '没有这个地址：请用 api/search' });
  return answerPostedAction(event, (action) => actions(action, platform));
}
