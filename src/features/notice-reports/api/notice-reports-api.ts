import { call } from '@/lib/cloud';

export const fetchSends = (cursor?: string) => call('staff', 'listNoticeSends', cursor ? { cursor } : {}, { retry: true });
export const fetchReport = (id: string) => call('staff', 'getNoticeReport', { id }, { retry: true });
export const fetchOfflineReport = (noticeId: string) => call('staff', 'getOfflineReport', { noticeId }, { retry: true });
