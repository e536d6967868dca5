import type { AnnualReportInput } from '#types/api/annual-report-input';
import type { DisclosureOutcome, DisclosureReason, OrganisationKind } from '#types/models/disclosure-result';
import { call } from '@/lib/cloud';

export const fetchReportDraft = (year: number) => call('staff', 'draftAnnualReport', { year }, { retry: true });
export const fetchCellRecords = (year: number, cell: string) => call('staff', 'listReportRecords', { year, cell }, { retry: true });
/** Classifying sets the same values again on a retry. */
export const classifyApplication = (id: string, c: { decision?: DisclosureOutcome; reason?: DisclosureReason | null; orgKind?: OrganisationKind }) => call('staff', 'classifyDisclosure', { id, ...c }, { retry: true });
/** The client names the revision, so saving again after a lost answer updates the same draft. */
export const saveReport = (revisionId: string, targetId: string | null, content: AnnualReportInput) =>
  call('staff', 'saveDraft', { revisionId, kind: 'annualReport', targetId, content, changeNote: '' }, { retry: true });
export const fetchRevision = (revisionId: string) => call('staff', 'getRevision', { revisionId }, { retry: true });
export const submitReport = (revisionId: string) => call('staff', 'submitRevision', { revisionId }, { retry: true });
export const exportReport = (year: number, revisionId?: string) => call('staff', 'exportAnnualReport', revisionId ? { year, revisionId } : { year });
export const fetchPublishedReport = (year: number) => call('public', 'getAnnualReport', { year }, { retry: true });
export const fetchReportYears = () => call('public', 'listAnnualReports', {}, { retry: true });
