// One run targets a job at a time. It takes the job with a conditional update (nobody holds it, or
// the holder's lease has lapsed), saves its cursor and ends targeting only while it still holds it,
// and lets go when it stops early so that the next run need not wait for the lease to lapse.
import { NOTICE_SEND_COLLECTION, type NoticeSendDoc } from '#types/models/notice';
import { _, db, docOrNull } from '../_shared/cloud';
import type { RunState } from './run-state';
import { updatedOf } from '../_shared/updated-count';

const jobs = () => db.collection(NOTICE_SEND_COLLECTION);

/** True if this run now holds the job; its cursor is then the one the last holder saved. */
export async function holdJob(job: NoticeSendDoc, state: RunState): Promise<boolean> {
  const free = _.or([{ leaseUntil: _.exists(false) }, { leaseUntil: null }, { leaseUntil: _.lt(state.startedAt) }]);
  const taken = await jobs().where(_.and([{ _id: job._id, status: 'targeting' }, free])).update({ data: { runId: state.runId, leaseUntil: state.leaseUntil } });
  if (updatedOf(taken) !== 1) return false;
  job.cursor = (await docOrNull<NoticeSendDoc>(jobs().doc(job._id)))?.cursor ?? job.cursor;
  return true;
}

/** Changes the job only while this run holds it; false once another run has taken it over. */
export async function saveHeld(job: NoticeSendDoc, state: RunState, data: Partial<NoticeSendDoc>): Promise<boolean> {
  return updatedOf(await jobs().where({ _id: job._id, runId: state.runId, status: 'targeting' }).update({ data })) === 1;
}

/** Hands the job back (nothing happens if this run no longer holds it). */
export async function letGo(job: NoticeSendDoc, state: RunState): Promise<void> {
  await jobs().where({ _id: job._id, runId: state.runId }).update({ data: { runId: null, leaseUntil: null } });
}
