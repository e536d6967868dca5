// Kinds edited and read on a page of their own (the annual report, with its tables drafted from records):
// the generic editor and review page send staff there.
import type { ContentKind } from '#types/models/revision';

export const OWN_PAGES: Partial<Record<ContentKind, string>> = { annualReport: '/staff/annual-report/index' };
