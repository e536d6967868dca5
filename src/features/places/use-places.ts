import { useCallback, useEffect, useState } from 'react';
import type { TownshipView } from '#types/api/places';
import { messageFor } from '@/lib/cloud';
import { fetchPlaces } from './api/places-api';

export interface PlacesState {
  /** Every township, retired ones too (null while loading). */
  townships: TownshipView[] | null;
  error: string | null;
  reload(): void;
}

/** The county's township and village list, read once a session. */
export function usePlaces(): PlacesState {
  const [townships, setTownships] = useState<TownshipView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    setError(null);
    void fetchPlaces().then((res) => (res.ok ? setTownships(res.data.townships) : setError(messageFor(res))));
  }, []);
  useEffect(reload, [reload]);
  return { townships, error, reload };
}
