import { call } from '@/lib/cloud';

export const fetchTerms = (cursor?: string) => call('public', 'listTerms', { limit: 100, ...(cursor ? { cursor } : {}) }, { retry: true });
