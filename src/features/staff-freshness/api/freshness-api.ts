import type { DutyKind } from '#types/models/freshness';
import { call } from '@/lib/cloud';

export const fetchFreshness = () => call('staff', 'getFreshness', {}, { retry: true });
/** Setting an owner is idempotent, so a retry after a lost answer is safe. */
export const setContentOwner = (kind: DutyKind, itemId: string, owner: string | null) => call('staff', 'setContentOwner', { kind, itemId, owner }, { retry: true });
/** The update-next list, read only when its tab is opened. */
export const fetchDemandSignals = () => call('staff', 'getDemandSignals', {}, { retry: true });
