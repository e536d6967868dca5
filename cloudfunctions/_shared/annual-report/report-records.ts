// The records a year's report counts, read through declared indexes: every disclosure application received
// before the year's end (older ones decided before it began are skipped by the tally), and every policy
// issued by then.
import { CASE_COLLECTION } from '#types/models/case';
import { POLICY_COLLECTION } from '#types/models/policy';
import { allDocs } from '../all-docs';
import { _, db } from '../cloud';
import { beijingYear, dayYear } from './report-year';
import type { ApplicationRecord } from './tally-applications';
import type { PolicyRecord } from './tally-policies';

export const loadApplications = (year: number): Promise<ApplicationRecord[]> =>
  allDocs<ApplicationRecord>((offset, limit) =>
    db.collection(CASE_COLLECTION).where({ category: 'disclosure', createdAt: _.lt(beijingYear(year).end) })
      .orderBy('createdAt', 'asc').orderBy('_id', 'asc').skip(offset).limit(limit)
      .field({ trackingNo: true, createdAt: true, dueAt: true, disclosure: true }),
  );

export const loadPolicies = (year: number): Promise<PolicyRecord[]> =>
  allDocs<PolicyRecord>((offset, limit) =>
    db.collection(POLICY_COLLECTION).where({ issuedAt: _.lt(dayYear(year).end) })
      .orderBy('issuedAt', 'desc').orderBy('_id', 'desc').skip(offset).limit(limit)
      .field({ title: true, docNumber: true, level: true, issuedAt: true, expiresAt: true, status: true, lifecycle: true, docType: true, ownIssue: true }),
  );
