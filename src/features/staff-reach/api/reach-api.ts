import { call } from '@/lib/cloud';

/** The request id comes from the page, so a retry after a lost answer makes one set of links. */
export const makeSmsLinks = (requestId: string, refId: string, segments: string[]) => call('staff', 'makeSmsLinks', { requestId, refId, segments }, { retry: true });
export const fetchSmsLinks = (refId: string) => call('staff', 'listSmsLinks', { refId }, { retry: true });
