// The home feed, page by page. The first page is kept on the device: it shows at once (marked with
// when it was saved) while the network answers, and stays so marked if a weak network does not answer.
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { FeedItem } from '#types/models/feed';
import type { Result } from '#types/result';
import { type PagedList, usePagedList } from '@/lib/use-paged-list';
import { fetchFeedPage } from '../api/feed-api';

const CACHE_KEY = 'feed-first-page';

interface CachedPage {
  items: FeedItem[];
  savedAt: number;
}

export interface FeedState extends PagedList<FeedItem> {
  /** When the items shown were saved on the device: set while the first page loads (they show at
   * once) and when the network failed; null once the network answered. */
  staleSince: number | null;
}

function readCache(): CachedPage | null {
  try {
    const raw: unknown = Taro.getStorageSync(CACHE_KEY);
    return typeof raw === 'string' && raw ? (JSON.parse(raw) as CachedPage) : null;
  } catch {
    return null;
  }
}

export function useFeed(): FeedState {
  const [cached] = useState(readCache);
  const [staleSince, setStaleSince] = useState<number | null>(cached?.savedAt ?? null);
  const list = usePagedList<FeedItem>(
    async (cursor): Promise<Result<{ items: FeedItem[]; nextCursor: string | null }>> => {
      const res = await fetchFeedPage(cursor);
      if (cursor) return res;
      if (res.ok) {
        setStaleSince(null);
        Taro.setStorageSync(CACHE_KEY, JSON.stringify({ items: res.data.items, savedAt: Date.now() } satisfies CachedPage));
        return res;
      }
      const saved = readCache();
      if (!saved) return res;
      setStaleSince(saved.savedAt);
      return { ok: true, data: { items: saved.items, nextCursor: null } };
    },
    'feed',
    cached?.items,
  );
  return { ...list, staleSince };
}
