import type { CaseCategory } from '#types/models/case';
import { call } from '@/lib/cloud';

export interface Related {
  kind: 'policy' | 'qa' | 'project';
  id: string;
  title: string;
}

/** The request id comes from the form, so a retry after a lost answer stores the case once. */
export const submitCase = (requestId: string, category: CaseCategory, text: string, phone: string | null, related: Related | null) =>
  call('public', 'submitCase', { requestId, category, text, phone, related }, { retry: true });
export const fetchMyCases = (cursor?: string) => call('public', 'listMyCases', cursor ? { cursor } : {}, { retry: true });
export const reopenCase = (id: string, note: string) => call('public', 'reopenMyCase', { id, note });
export const fetchQueue = (cursor?: string) => call('staff', 'listCases', cursor ? { cursor } : {}, { retry: true });
export const replyCase = (id: string, reply: string, close: boolean) => call('staff', 'replyCase', { id, reply, close });

export function newRequestId(): string {
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
