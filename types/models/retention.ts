// How long a person's details are kept: an admin sets the days per kind of record, stored as one document
// in case_settings. After that many days the jobs timer removes or masks them; the record itself stays for
// statistics and the annual report.

export const RETENTION_ID = 'retention';
export const RETENTION_KINDS = ['cases', 'disclosures', 'searchLog'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];
export type RetentionDays = Record<RetentionKind, number>;

export const RETENTION_LABELS: Record<RetentionKind, string> = {
  cases: '提问、建议、投诉的回电号码和照片（办结后）',
  disclosures: '依申请公开申请人的证件号码、电话、地址和邮箱（办结后）',
  searchLog: '搜索记录',
};
/** A year for a call back and a follow-up; three years for a disclosure application, which an
 * administrative review or lawsuit may still reach; the search log half a year. */
export const RETENTION_DEFAULTS: RetentionDays = { cases: 365, disclosures: 1095, searchLog: 180 };
/** [fewest, most] days an admin may choose. */
export const RETENTION_BOUNDS: Record<RetentionKind, readonly [number, number]> = { cases: [30, 3650], disclosures: [365, 3650], searchLog: [30, 730] };

export interface RetentionDoc {
  _id: typeof RETENTION_ID;
  days: RetentionDays;
  updatedAt: Date;
  updatedBy: string;
}

/** Cases whose personal fields the retention job clears per run. */
export const ERASE_PAGE = 100;
