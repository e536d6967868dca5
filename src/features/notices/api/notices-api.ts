import type { DeliveryMode, NoticeTopic } from '#types/models/notice';
import { call } from '@/lib/cloud';
import type { SubscribeAnswer } from '@/lib/subscribe';

export const fetchNotices = (kind: NoticeTopic | undefined, cursor?: string) =>
  call('public', 'listNotices', { ...(kind ? { kind } : {}), ...(cursor ? { cursor } : {}) }, { retry: true });
export const fetchNotice = (id: string) => call('public', 'getNotice', { id }, { retry: true });
export const fetchPrefs = () => call('public', 'getNoticePrefs', {}, { retry: true });
/** Saving sets the whole choice, so a retry is harmless. */
export const savePrefs = (topics: NoticeTopic[], areas: string[], mode: DeliveryMode) => call('public', 'saveNoticePrefs', { topics, areas, mode }, { retry: true });
export const recordConsents = (results: SubscribeAnswer[]) => call('public', 'recordConsents', { results });
