// A retry-safe write: whatever the first call with a (caller, request id) decided is stored, in the same
// transaction as the write itself, under an _id derived from both; every other call with that pair — a
// client's retry while the first is still queued, or one minutes later — gets that stored answer.
// Concurrent duplicates all try to insert the one record: one commits, the others' transactions meet a
// conflict (or the duplicate _id), run again, and read the winner's answer back.
import { createHash } from 'node:crypto';
import { REQUEST_COLLECTION, type RequestDoc } from '#types/models/request';
import { db, docOrNull, runTransaction, type Tx } from './cloud';

export const requestKey = (action: string, openid: string, requestId: string): string =>
  createHash('sha256').update(`${action}\u0000${openid}\u0000${requestId}`).digest('hex').slice(0, 32);

export interface RequestSteps<A, P> {
  /** Checks and outside calls (a content check, reads) before anything is written; skipped when an
   * answer is already stored. Throwing here stores nothing. */
  prepare(): Promise<P>;
  /** The writes, through `tx` only (the transaction may run more than once); returns the answer to store. */
  write(tx: Tx, prepared: P): Promise<A>;
}

/** `action` names the kind of write: request ids are the caller's, unique only within one kind. */
export async function oncePerRequest<A, P>(action: string, openid: string, requestId: string, steps: RequestSteps<A, P>, now: Date): Promise<A> {
  const key = requestKey(action, openid, requestId);
  const stored = await docOrNull<RequestDoc<A>>(db.collection(REQUEST_COLLECTION).doc(key));
  if (stored) return stored.answer;
  const prepared = await steps.prepare();
  return runTransaction(async (tx) => {
    const earlier = await docOrNull<RequestDoc<A>>(tx.collection(REQUEST_COLLECTION).doc(key));
    if (earlier) return earlier.answer;
    const answer = await steps.write(tx, prepared);
    const record: RequestDoc<A> = { _id: key, action, answer, at: now };
    await tx.collection(REQUEST_COLLECTION).add({ data: record });
    return answer;
  });
}
