import type { QaTopic } from '#types/models/policy';
import { call } from '@/lib/cloud';

export const fetchTopicQas = (topic: QaTopic | undefined, cursor?: string) => call('public', 'listQas', { ...(topic ? { topic } : {}), ...(cursor ? { cursor } : {}) }, { retry: true });
export const fetchQa = (id: string) => call('public', 'getQa', { id }, { retry: true });
export const voteQa = (id: string, helpful: boolean) => call('public', 'vote', { kind: 'qa', id, helpful }, { retry: true });
