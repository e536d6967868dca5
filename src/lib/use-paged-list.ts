// A list read page by page from a cursor-paged action, with loading, error and load-more states.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '#types/result';
import { messageFor } from './cloud';

export interface PagedList<T> {
  items: T[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  reload(): void;
  loadMore(): void;
}

type Fetch<T> = (cursor?: string) => Promise<Result<{ items: T[]; nextCursor: string | null }>>;

/**
 * `key` identifies the query (filters): a new key starts the list again. `placeholder` items (say,
 * saved on the device) show while the first page loads.
 */
export function usePagedList<T>(fetchPage: Fetch<T>, key: string, placeholder: T[] = []): PagedList<T> {
  const [items, setItems] = useState<T[]>(placeholder);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<PagedList<T>['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setStatus('loading');
    setError(null);
    void fetchRef.current().then((res) => {
      if (mine !== generation.current) return;
      if (res.ok) {
        setItems(res.data.items);
        setCursor(res.data.nextCursor);
        setStatus('ready');
      } else {
        setError(messageFor(res));
        setStatus('error');
      }
    });
  }, []);

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    void fetchRef.current(cursor).then((res) => {
      if (mine !== generation.current) return;
      setLoadingMore(false);
      if (res.ok) {
        setItems((prev) => [...prev, ...res.data.items]);
        setCursor(res.data.nextCursor);
        setError(null);
      } else setError(messageFor(res));
    });
  }, [cursor, loadingMore]);

  useEffect(reload, [reload, key]);
  return { items, status, error, hasMore: cursor !== null, loadingMore, reload, loadMore };
}

/** A list whose first page arrived with its parent (a project's updates, say); later pages are fetched. */
export function usePagedListFrom<T>(first: { items: T[]; nextCursor: string | null }, fetchMore: (cursor: string) => ReturnType<Fetch<T>>, key: string): PagedList<T> {
  return usePagedList<T>((cursor) => (cursor ? fetchMore(cursor) : Promise.resolve({ ok: true as const, data: first })), key);
}
