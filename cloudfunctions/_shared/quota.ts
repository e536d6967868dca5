// A per-person allowance (cases a day, comments on one consultation), kept as a counter document that
// every use writes inside the transaction making that use: concurrent uses conflict on it and run one
// after another, so the limit holds however many arrive at once (a count query would let them all pass).
import { QUOTA_COLLECTION, type QuotaDoc } from '#types/models/quota';
import { AppError } from './app-error';
import { db, docOrNull, type Tx } from './cloud';

export interface Quota {
  /** The counter's _id: scope, person, and what the allowance is per (a day, a consultation). */
  id: string;
  limit: number;
  /** What a person reads when none is left. */
  refusal: string;
}

export const quotaRefusal = (quota: Quota): AppError => new AppError('RESOURCE_EXHAUSTED', quota.refusal);

/** Uses so far, read before any work (to refuse early): the counter, or — before it exists — what
 * `counted` finds among uses made before counters were kept. */
export async function quotaUsed(quota: Quota, counted: () => Promise<number>): Promise<number> {
  const doc = await docOrNull<QuotaDoc>(db.collection(QUOTA_COLLECTION).doc(quota.id));
  return doc ? doc.used : counted();
}

/** One more use, inside the transaction that makes it; `seed` (from quotaUsed) starts a counter not yet written. */
export async function takeQuota(tx: Tx, quota: Quota, seed: number, now: Date): Promise<void> {
  const ref = tx.collection(QUOTA_COLLECTION).doc(quota.id);
  const used = (await docOrNull<QuotaDoc>(ref))?.used ?? seed;
  if (used >= quota.limit) throw quotaRefusal(quota);
  await ref.set({ data: { used: used + 1, updatedAt: now } });
}
