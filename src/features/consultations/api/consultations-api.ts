import type { ConfidentialityResult } from '#types/models/confidentiality';
import type { OutcomeDecision } from '#types/models/consultation';
import { call } from '@/lib/cloud';

export const fetchConsultations = (cursor?: string) => call('public', 'listConsultations', cursor ? { cursor } : {}, { retry: true });
export const fetchConsultation = (id: string) => call('public', 'getConsultation', { id }, { retry: true });
export const fetchComments = (id: string, section: number | undefined, cursor?: string) =>
  call('public', 'listComments', { id, ...(section === undefined ? {} : { section }), ...(cursor ? { cursor } : {}) }, { retry: true });
/** The request id makes a retried comment land once. */
export const submitComment = (id: string, section: number, text: string, requestId: string) => call('public', 'submitComment', { id, section, text, requestId }, { retry: true });
export const fetchMyComments = (cursor?: string) => call('public', 'listMyComments', cursor ? { cursor } : {}, { retry: true });
export const fetchStaffComments = (id: string, cursor?: string) => call('staff', 'listConsultationComments', { id, ...(cursor ? { cursor } : {}) }, { retry: true });
export const moderateComment = (id: string, hide: boolean, reason: string) => call('staff', 'moderateComment', { id, hide, reason });
export const recordOutcome = (id: string, decision: OutcomeDecision, reason: string) => call('staff', 'recordOutcome', { id, decision, reason });
/** The outcome report is published at once, so it carries the 保密审查 (omitted until filled in: the function then says so). */
export const publishOutcome = (id: string, summary: string, confidentiality?: { basis: string; result: ConfidentialityResult }) =>
  call('staff', 'publishOutcome', { id, summary, ...(confidentiality ? { confidentiality } : {}) });
