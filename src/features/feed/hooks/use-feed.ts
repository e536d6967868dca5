// The home feed, page by page. The first page is kept on the device so that a weak or absent
// network still shows what was last seen, marked as such.
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FeedItem } from '#types/models/feed';
import { messageFor } from '@/lib/cloud';
import { fetchFeedPage } from '../api/feed-api';

const CACHE_KEY = 'feed-first-page';

interface CachedPage {
  items: FeedItem[];
  nextCursor: string | null;
  savedAt: number;
}

export interface FeedState {
  items: FeedItem[];
  status: 'loading' | 'ready' | 'error';
  /** Set when the items shown come from the device because the network failed. */
  staleSince: number | null;
  error: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  reload(): void;
  loadMore(): void;
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
  const [items, setItems] = useState<FeedItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<FeedState['status']>('loading');
  const [staleSince, setStaleSince] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setStatus('loading');
    setError(null);
    void fetchFeedPage().then((res) => {
      if (mine !== generation.current) return;
      if (res.ok) {
        setItems(res.data.items);
        setCursor(res.data.nextCursor);
        setStaleSince(null);
        setStatus('ready');
        const cached: CachedPage = { ...res.data, savedAt: Date.now() };
        Taro.setStorageSync(CACHE_KEY, JSON.stringify(cached));
        return;
      }
      const cached = readCache();
      if (cached) {
        setItems(cached.items);
        setCursor(null);
        setStaleSince(cached.savedAt);
        setStatus('ready');
      } else {
        setStatus('error');
      }
      setError(messageFor(res));
    });
  }, []);

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    void fetchFeedPage(cursor).then((res) => {
      if (mine !== generation.current) return;
      setLoadingMore(false);
      if (res.ok) {
        setItems((prev) => [...prev, ...res.data.items]);
        setCursor(res.data.nextCursor);
        setError(null);
      } else {
        setError(messageFor(res));
      }
    });
  }, [cursor, loadingMore]);

  useEffect(() => {
    const cached = readCache();
    if (cached) setItems(cached.items);
    reload();
  }, [reload]);

  return { items, status, staleSince, error, hasMore: cursor !== null, loadingMore, reload, loadMore };
}
