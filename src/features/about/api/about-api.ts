import type { CatalogueCategory } from '#types/api/catalogue-views';
import type { ProposerType } from '#types/models/proposal';
import { call } from '@/lib/cloud';

export const fetchGuide = () => call('public', 'getGuide', {}, { retry: true });
export const fetchBureau = () => call('public', 'getBureau', {}, { retry: true });
export const fetchCatalogue = () => call('public', 'getCatalogue', {}, { retry: true });
export const fetchCatalogueSection = (category: CatalogueCategory, cursor?: string) => call('public', 'listCatalogue', { category, ...(cursor ? { cursor } : {}) }, { retry: true });
export const exportCatalogue = () => call('public', 'exportCatalogue', {}, { retry: true });
export const fetchProposalYears = () => call('public', 'listProposalYears', {}, { retry: true });
export const fetchProposal = (id: string) => call('public', 'getProposal', { id }, { retry: true });
export const fetchHistory = (kind: 'guide' | 'bureau' | 'proposal', id: string, cursor?: string) => call('public', 'listHistory', { kind, id, ...(cursor ? { cursor } : {}) }, { retry: true });

export interface ProposalFilters {
  year?: number;
  proposerType?: ProposerType;
  q?: string;
}

export const fetchProposals = (filters: ProposalFilters, cursor?: string) => call('public', 'listProposals', { ...filters, ...(cursor ? { cursor } : {}) }, { retry: true });
