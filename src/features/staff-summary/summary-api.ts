import type { SummarySection } from '#types/models/work-summary';
import { call } from '@/lib/cloud';

type Period = { year: number; half: 1 | 2 };

/** Without a period: the half-year the function's clock is in. */
export const fetchWorkSummary = (p: Period | null) => call('staff', 'getWorkSummary', p ?? {}, { retry: true });
/** A retried save of the same text over the same version answers the stored summary. */
export const saveWorkSummary = (p: Period, version: number, sections: Record<SummarySection, string>) => call('staff', 'saveWorkSummary', { ...p, version, sections }, { retry: true });
export const submitWorkSummary = (p: Period, version: number) => call('staff', 'submitWorkSummary', { ...p, version }, { retry: true });
export const reviewWorkSummary = (p: Period, version: number, decision: 'approve' | 'return', note: string) => call('staff', 'reviewWorkSummary', { ...p, version, decision, note }, { retry: true });
