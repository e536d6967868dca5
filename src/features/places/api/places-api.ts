import type { TownshipView } from '#types/api/places';
import type { Result } from '#types/result';
import { call } from '@/lib/cloud';

// The list changes a few times a year: one read a session, shared by every page that chooses a place.
let cached: Promise<Result<{ townships: TownshipView[] }>> | null = null;

export function fetchPlaces(): Promise<Result<{ townships: TownshipView[] }>> {
  if (!cached) {
    cached = call('public', 'listPlaces', {}, { retry: true });
    // A failure is not kept: the next page asks again.
    void cached.then((res) => {
      if (!res.ok) cached = null;
    });
  }
  return cached;
}

/** After an admin's change, the next read fetches the list again. */
export function forgetPlaces(): void {
  cached = null;
}
