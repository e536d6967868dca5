import type { TownshipInput } from '#types/api/places';
import { call } from '@/lib/cloud';

/** Saving a township is idempotent (the browser chose its id), so a retry after a lost answer is safe. */
export const savePlace = (input: TownshipInput) => call('staff', 'savePlace', input, { retry: true });
