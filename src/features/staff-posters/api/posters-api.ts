import type { ConfirmAction } from '#types/models/village-confirmation';
import { call } from '@/lib/cloud';

/** The request id comes from the page, so a retry after a lost answer makes one poster. */
export const makePoster = (requestId: string, place: { township: string; village: string | null }, refId?: string) =>
  call('staff', 'makePoster', { requestId, township: place.township, village: place.village, ...(refId ? { refId } : {}) }, { retry: true });
export const fetchPoster = (id: string) => call('staff', 'getPoster', { id }, { retry: true });
export const fetchPosterScans = (refId?: string) => call('staff', 'listPosterScans', refId ? { refId } : {}, { retry: true });
export const fetchLiaisonTasks = () => call('staff', 'listLiaisonTasks', {}, { retry: true });
/** Confirming again keeps the first record, so a retry is safe. */
export const confirmDelivery = (input: { refId: string; area: string; action: ConfirmAction; photo: string; doneAt: string }) => call('staff', 'confirmDelivery', input, { retry: true });
export const fetchRecentItems = () => call('public', 'listFeed', { limit: 20 }, { retry: true });
