import { useCallback, useEffect, useState } from 'react';
import type { Me } from '#types/api/public';
import { messageFor } from '@/lib/cloud';
import { fetchMe } from '../api/session-api';

export interface MeState {
  me: Me | null;
  error: string | null;
  reload(): void;
}

/** Who the current person is (signed in? staff roles?), asked of the server, never assumed. */
export function useMe(): MeState {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    setError(null);
    void fetchMe().then((res) => {
      if (res.ok) setMe(res.data);
      else setError(messageFor(res));
    });
  }, []);
  useEffect(reload, [reload]);
  return { me, error, reload };
}
