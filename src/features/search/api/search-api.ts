import { call } from '@/lib/cloud';

export const searchAll = (q: string) => call('public', 'search', { q, limit: 20 }, { retry: true });
/** Tells the search log a hit was opened; nothing waits for it. */
export const markOpened = (logId: string) => call('public', 'markSearchOpened', { logId }, { retry: true });
export const fetchSearchGaps = (weeks: number) => call('staff', 'listSearchGaps', { weeks }, { retry: true });
