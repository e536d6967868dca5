// Per-person allowances (cases a day, comments per consultation): one counter document per person and
// scope, written by every use inside the same transaction as the write it allows, so concurrent uses
// are serialised and the limit holds however many arrive at once.

export const QUOTA_COLLECTION = 'quotas';

export interface QuotaDoc {
  /** `${scope}:${openid}` plus what the allowance is per (a day, a consultation). */
  _id: string;
  used: number;
  updatedAt: Date;
}
