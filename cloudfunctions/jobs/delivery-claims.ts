// Fenced claims: a delivery is changed only by the run that holds it. Claiming stamps the run's id
// and lease on pending records; every later step is one conditional update on (id, this run, the
// status the step expects), and a run whose update matched nothing has lost the record (another
// run's recovery took it back after the lease lapsed) and does nothing more with it.
import { DELIVERY_COLLECTION, NOTICE_SEND_COLLECTION, type DeliveryDoc, type DeliveryStatus } from '#types/models/notice';
import { _, db, docsOf } from '../_shared/cloud';
import type { RunState } from './run-state';
import { updatedOf } from '../_shared/updated-count';

const deliveries = () => db.collection(DELIVERY_COLLECTION);

/** Back in the queue, held by nobody. */
const RELEASED = { status: 'pending', runId: null, claimedAt: null, leaseUntil: null } as const;

/** Claims those of `ids` still pending for this run, and returns the ones it now holds. */
export async function claimPending(ids: string[], state: RunState): Promise<DeliveryDoc[]> {
  await deliveries().where({ _id: _.in(ids), status: 'pending' }).update({
    data: { status: 'claimed', runId: state.runId, claimedAt: state.startedAt, leaseUntil: state.leaseUntil },
  });
  // Only what this run actually claimed: another run may have taken some of the same ids.
  return docsOf<DeliveryDoc>(deliveries().where({ runId: state.runId, status: 'claimed' }).orderBy('_id', 'asc').limit(ids.length));
}

/** Changes records this run holds in one of the `from` statuses; how many it changed. */
async function updateHeld(ids: string[], state: RunState, from: DeliveryStatus[], data: object): Promise<number> {
  const id = ids.length === 1 ? ids[0] : _.in(ids);
  return updatedOf(await deliveries().where({ _id: id, runId: state.runId, status: _.in(from) }).update({ data }));
}

/** claimed -> sending: true only if this run still holds the record, and then only it may send. */
export async function startSending(d: DeliveryDoc, state: RunState): Promise<boolean> {
  return (await updateHeld([d._id], state, ['claimed'], { status: 'sending', at: new Date() })) === 1;
}

/** Claimed records this run will not send after all (out of time), back to the queue. */
export const releaseClaimed = (ids: string[], state: RunState): Promise<number> => updateHeld(ids, state, ['claimed'], RELEASED);

/** A send the platform turned away before sending (45009), back to the queue. */
export const releaseSending = (d: DeliveryDoc, state: RunState): Promise<number> => updateHeld([d._id], state, ['sending'], RELEASED);

/** A claimed record decided without sending (no consent left). */
export async function settleClaimed(d: DeliveryDoc, state: RunState, data: { status: DeliveryStatus; at: Date }): Promise<boolean> {
  return (await updateHeld([d._id], state, ['claimed'], data)) === 1;
}

/**
 * The platform's answer for a send this run started. Also when recovery has meanwhile called the
 * record unknown (it judged this run dead): the record keeps the run's id, and this run knows better.
 */
export async function recordOutcome(d: DeliveryDoc, state: RunState, data: { status: DeliveryStatus; error: string | null; at: Date }): Promise<boolean> {
  return (await updateHeld([d._id], state, ['sending', 'unknown'], data)) === 1;
}

/** A message went out for a record another run held: one more than the record says, on it and its job. */
export async function countDuplicate(d: DeliveryDoc, state: RunState): Promise<void> {
  await deliveries().doc(d._id).update({ data: { duplicates: _.inc(1) } });
  await db.collection(NOTICE_SEND_COLLECTION).doc(d.jobId).update({ data: { duplicates: _.inc(1) } });
  state.summary.duplicates += 1;
}
