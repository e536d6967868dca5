// One page's data, loaded on open and on reload, with the copy kept on the device shown (and marked)
// when the network fails: the pattern every detail page shares.
import { type Dispatch, type SetStateAction, useCallback, useEffect, useState } from 'react';
import type { Result } from '#types/result';
import { messageFor } from './cloud';
import { withSavedCopy } from './saved-copy';

export interface SavedPage<T> {
  data: T | null;
  error: string | null;
  /** When the data shown was saved on the device; null when it came from the network just now. */
  savedAt: number | null;
  reload(): void;
  setData: Dispatch<SetStateAction<T | null>>;
}

/** `name` identifies the page (e.g. `policy:<id>`); `load` must change when it does. */
export function useSavedPage<T>(name: string, load: () => Promise<Result<T>>): SavedPage<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const reload = useCallback(() => {
    setError(null);
    void withSavedCopy(name, load).then((res) => {
      if (!res.ok) return setError(messageFor(res));
      setData(res.data);
      setSavedAt(res.savedAt ?? null);
    });
  }, [name, load]);
  useEffect(reload, [reload]);
  return { data, error, savedAt, reload, setData };
}
