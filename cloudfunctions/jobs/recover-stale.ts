// After a run died (killed, timed out): what it had claimed but not started goes back to the queue;
// what it was sending when it died is marked unknown and never resent, so nobody gets a message twice.
// A run is judged dead only once its lease has lapsed, on this run's own clock at its start: never
// by its trigger time, which says nothing about when a late-started run is still working.
import { DELIVERY_COLLECTION } from '#types/models/notice';
import { _, db } from '../_shared/cloud';
import type { RunState } from './run-state';
import { updatedOf } from '../_shared/updated-count';

/** Claims written before leases existed carry only their trigger time: they lapse this long after it. */
const UNLEASED_AFTER_MS = 10 * 60_000;

export async function recoverStale(state: RunState): Promise<void> {
  const lapsed = _.or([
    { leaseUntil: _.lt(state.startedAt) },
    { leaseUntil: _.exists(false), claimedAt: _.lt(new Date(state.startedAt.getTime() - UNLEASED_AFTER_MS)) },
  ]);
  const deliveries = db.collection(DELIVERY_COLLECTION);
  const requeued = await deliveries
    .where(_.and([{ status: 'claimed' }, lapsed]))
    .update({ data: { status: 'pending', runId: null, claimedAt: null, leaseUntil: null } });
  // The record keeps the dead run's id: should that run be alive after all, it records what really happened.
  const unknown = await deliveries
    .where(_.and([{ status: 'sending' }, lapsed]))
    .update({ data: { status: 'unknown', at: new Date(), error: '发送时中断，无法确认是否送达' } });
  state.summary.requeued += updatedOf(requeued);
  state.summary.unknown += updatedOf(unknown);
}
