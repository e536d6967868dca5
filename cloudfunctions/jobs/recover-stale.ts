// After a run died (killed, timed out): what it had claimed but not started goes back to the queue;
// what it was sending when it died is marked unknown and never resent, so nobody gets a message twice.
import { DELIVERY_COLLECTION } from '#types/models/notice';
import { _, db } from '../_shared/cloud';
import type { RunState } from './run-state';

/** Longer than any run may live (the platform stops a function at 60 s). */
export const STALE_AFTER_MS = 75_000;

/** `now` is the run's clock (its trigger time), the same clock claims are stamped with. */
export async function recoverStale(now: Date, state: RunState): Promise<void> {
  const before = new Date(now.getTime() - STALE_AFTER_MS);
  const deliveries = db.collection(DELIVERY_COLLECTION);
  const requeued = await deliveries.where({ status: 'claimed', claimedAt: _.lt(before) }).update({ data: { status: 'pending', runId: null, claimedAt: null } });
  const unknown = await deliveries.where({ status: 'sending', claimedAt: _.lt(before) }).update({ data: { status: 'unknown', at: new Date(), error: '发送时中断，无法确认是否送达' } });
  state.summary.requeued += (requeued as { stats: { updated: number } }).stats.updated;
  state.summary.unknown += (unknown as { stats: { updated: number } }).stats.updated;
}
