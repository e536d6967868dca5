import type { InputOf } from '#types/api/action';
import type { PublicApi } from '#types/api/public';
import { call } from '@/lib/cloud';

export type PolicyFilters = Omit<InputOf<PublicApi['listPolicies']>, 'cursor' | 'limit'>;

export const fetchPolicies = (filters: PolicyFilters, cursor?: string) => call('public', 'listPolicies', { ...filters, ...(cursor ? { cursor } : {}) }, { retry: true });
export const fetchPolicy = (id: string) => call('public', 'getPolicy', { id }, { retry: true });
export const fetchPolicyBody = (id: string, from: number) => call('public', 'getPolicyBody', { id, from }, { retry: true });
export const fetchPolicyQas = (policyId: string, cursor?: string) => call('public', 'listQas', { policyId, ...(cursor ? { cursor } : {}) }, { retry: true });
/** Voting is idempotent (one vote per person), so a retry is safe. */
export const votePolicy = (id: string, helpful: boolean) => call('public', 'vote', { kind: 'policy', id, helpful }, { retry: true });
