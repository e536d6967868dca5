import type { ConfidentialityResult } from '#types/models/confidentiality';
import type { ASKABLE_CATEGORIES, ConfigurableCategory, DisclosureApplicant, DISCLOSURE_FORMS, RECORDED_CHANNELS } from '#types/models/case';
import type { DisclosureOutcome, DisclosureReason } from '#types/models/disclosure-result';
import { call } from '@/lib/cloud';

export interface Related {
  kind: 'policy' | 'qa' | 'project' | 'service' | 'notice' | 'budget';
  id: string;
  title: string;
}

/** The request id comes from the form, so a retry after a lost answer stores the case once. */
export interface NewCase {
  category: (typeof ASKABLE_CATEGORIES)[number];
  text: string;
  phone: string | null;
  related: Related | null;
  consentPublic: boolean;
  photos: string[];
}
export const submitCase = (requestId: string, c: NewCase) => call('public', 'submitCase', { requestId, ...c }, { retry: true });
export const fetchMyCases = (cursor?: string) => call('public', 'listMyCases', cursor ? { cursor } : {}, { retry: true });
/** Claiming the same case again answers the same, so a retry is harmless. */
export const claimCase = (trackingNo: string, code: string) => call('public', 'claimCase', { trackingNo, code }, { retry: true });
export const reopenCase = (id: string, note: string) => call('public', 'reopenMyCase', { id, note });
export const fetchQueue = (cursor?: string) => call('staff', 'listCases', cursor ? { cursor } : {}, { retry: true });
/** Making the answer public carries the 保密审查 (omitted until filled in: the function then says so). */
export const replyCase = (id: string, reply: string, close: boolean, makePublic: boolean, confidentiality?: { basis: string; result: ConfidentialityResult }) =>
  call('staff', 'replyCase', { id, reply, close, makePublic, ...(makePublic && confidentiality ? { confidentiality } : {}) });
/** A case from the hotline, a letter, e-mail or a visit; the request id comes from the form, so a retry stores it once. */
export const recordCase = (requestId: string, c: { channel: (typeof RECORDED_CHANNELS)[number]; receivedOn: string; category: (typeof ASKABLE_CATEGORIES)[number]; text: string; phone: string | null }) =>
  call('staff', 'recordCase', { requestId, ...c }, { retry: true });
export const assignCase = (id: string) => call('staff', 'assignCase', { id }, { retry: true });
export const answerFollowUp = (id: string, solved: boolean) => call('public', 'answerFollowUp', { id, solved }, { retry: true });
export const fetchStats = () => call('public', 'getCaseStats', {}, { retry: true });
export const fetchAnswered = (cursor?: string) => call('public', 'listAnsweredCases', cursor ? { cursor } : {}, { retry: true });
export const fetchClocks = () => call('staff', 'getCaseClocks', {}, { retry: true });
export const saveClocks = (days: Record<ConfigurableCategory, number>) => call('staff', 'setCaseClocks', { days }, { retry: true });

export const applyDisclosure = (requestId: string, a: { applicant: DisclosureApplicant; description: string; purpose: string; form: (typeof DISCLOSURE_FORMS)[number] }) =>
  call('public', 'applyDisclosure', { requestId, ...a }, { retry: true });
export const supplementDisclosure = (id: string, text: string) => call('public', 'supplementDisclosure', { id, text });
export const extendDisclosure = (id: string, reason: string) => call('staff', 'extendDisclosure', { id, reason });
export const requestSupplement = (id: string, note: string) => call('staff', 'requestSupplement', { id, note });
export const decideDisclosure = (id: string, decision: DisclosureOutcome, reason: DisclosureReason | null, reply: string, documents: { name: string; fileId: string }[]) =>
  call('staff', 'decideDisclosure', { id, decision, reason, reply, documents });
