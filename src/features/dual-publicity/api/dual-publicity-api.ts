import type { InputOf } from '#types/api/action';
import type { PublicApi } from '#types/api/public';
import type { StaffApi } from '#types/api/staff';
import type { DecisionKind, PublicityDays } from '#types/models/decision';
import { call } from '@/lib/cloud';

export type DecisionFilters = Omit<InputOf<PublicApi['listDecisions']>, 'cursor' | 'limit'>;

export const fetchDecisions = (filters: DecisionFilters, cursor?: string) => call('public', 'listDecisions', { ...filters, ...(cursor ? { cursor } : {}) }, { retry: true });
export const fetchDecision = (id: string) => call('public', 'getDecision', { id }, { retry: true });
export const fetchDecisionFacets = () => call('public', 'getDecisionFacets', {}, { retry: true });
/** Every decision set under its (kind, number) id, so a retried import stores each once. */
export const importDecisions = (input: InputOf<StaffApi['importDecisions']>) => call('staff', 'importDecisions', input, { retry: true });
export const fetchStaffDecisions = (kind: DecisionKind, late: boolean, cursor?: string) =>
  call('staff', 'listStaffDecisions', { kind, ...(late ? { late } : {}), ...(cursor ? { cursor } : {}) }, { retry: true });
export const savePublicityPeriods = (days: PublicityDays) => call('staff', 'setPublicityPeriods', { days }, { retry: true });
