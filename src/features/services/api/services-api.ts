import type { ServiceKind } from '#types/models/service';
import { call } from '@/lib/cloud';

export const fetchServices = (filters: { kind?: ServiceKind; lifeEvent?: string }, cursor?: string) =>
  call('public', 'listServices', { ...filters, ...(cursor ? { cursor } : {}) }, { retry: true });
export const fetchLifeEvents = () => call('public', 'listLifeEvents', {}, { retry: true });
export const fetchService = (id: string) => call('public', 'getService', { id }, { retry: true });
/** Measured from 办件 records; null when the guide has no item code. */
export const fetchServiceTimes = (id: string) => call('public', 'getServiceTimes', { id }, { retry: true });
/** The request id makes a retried poor rating open one follow-up case. */
export const rateService = (id: string, level: number, comment: string, requestId: string) => call('public', 'rateService', { id, level, comment, requestId }, { retry: true });
