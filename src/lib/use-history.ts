// The change history (更新记录) of any published item: the first page comes with the item itself,
// later pages are fetched on request.
import type { HistoryItem, Paged } from '#types/api/policy-views';
import type { ContentKind } from '#types/models/revision';
import { call } from './cloud';
import { type PagedList, usePagedListFrom } from './use-paged-list';

export function useHistory(kind: ContentKind, id: string, version: number, first: Paged<HistoryItem>): PagedList<HistoryItem> {
  return usePagedListFrom(first, (cursor) => call('public', 'listHistory', { kind, id, cursor }, { retry: true }), `${kind}:${id}:${version}`);
}
