import { call } from '@/lib/cloud';

export const fetchPosterLanding = (id: string) => call('public', 'openPoster', { id }, { retry: true });
