import { call } from '@/lib/cloud';

export const searchAll = (q: string) => call('public', 'search', { q, limit: 20 }, { retry: true });
