import { call } from '@/lib/cloud';

export const searchAll = (q: string) => call('search', 'search', { q, limit: 20 }, { retry: true });
/** Tells the search log a hit was opened; nothing waits for it. */
export const markOpened = (logId: string) => call('search', 'markSearchOpened', { logId }, { retry: true });
export const fetchSearchGaps = (weeks: number) => call('staff', 'listSearchGaps', { weeks }, { retry: true });
