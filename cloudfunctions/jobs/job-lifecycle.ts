// Moving send jobs along: scheduled -> targeting when due, sending -> done when nothing is left,
// and any unfinished job -> cancelled when its notice was withdrawn.
import type { PublishedMeta } from '#types/models/content';
import { DELIVERY_COLLECTION, NOTICE_COLLECTION, NOTICE_SEND_COLLECTION, type NoticeSendDoc } from '#types/models/notice';
import { _, db, docOrNull, docsOf, countOf } from '../_shared/cloud';
import type { RunState } from './run-state';
import { updatedOf } from '../_shared/updated-count';

const jobs = () => db.collection(NOTICE_SEND_COLLECTION);

export async function jobsIn(status: NoticeSendDoc['status']): Promise<NoticeSendDoc[]> {
  return docsOf<NoticeSendDoc>(jobs().where({ status }).orderBy('sendAt', 'asc').limit(100));
}

async function withdrawn(job: NoticeSendDoc): Promise<boolean> {
  if (!job.noticeId) return false;
  const notice = await docOrNull<PublishedMeta>(db.collection(NOTICE_COLLECTION).doc(job.noticeId));
  return !notice || notice.lifecycle === 'withdrawn';
}

async function cancel(job: NoticeSendDoc): Promise<void> {
  await db.collection(DELIVERY_COLLECTION).where({ jobId: job._id, status: 'pending' }).update({ data: { status: 'cancelled', at: new Date() } });
  await jobs().doc(job._id).update({ data: { status: 'cancelled', finishedAt: new Date() } });
}

/** Starts the jobs whose time has come; drops those whose notice was withdrawn meanwhile. */
export async function startDueJobs(now: Date, state: RunState): Promise<void> {
  const due = await docsOf<NoticeSendDoc>(jobs().where({ status: 'scheduled', sendAt: _.lte(now) }).orderBy('sendAt', 'asc').limit(100));
  for (const job of due) {
    if (await withdrawn(job)) await cancel(job);
    else {
      // Conditional: of two overlapping runs that both found it due, one starts it (a started job is never sent back a step).
      const moved = await jobs().where({ _id: job._id, status: 'scheduled' }).update({ data: { status: 'targeting', startedAt: new Date() } });
      state.summary.started += updatedOf(moved);
    }
  }
}

/** The jobs still sending, less any whose notice was withdrawn (those stop here). */
export async function sendingJobs(): Promise<NoticeSendDoc[]> {
  const live: NoticeSendDoc[] = [];
  for (const job of await jobsIn('sending')) {
    if (await withdrawn(job)) await cancel(job);
    else live.push(job);
  }
  return live;
}

const UNFINISHED = ['pending', 'claimed', 'sending'];

/** Marks done the jobs with no delivery left to send. */
export async function finishJobs(list: NoticeSendDoc[], state: RunState): Promise<void> {
  for (const job of list) {
    if (await countOf(db.collection(DELIVERY_COLLECTION).where({ jobId: job._id, status: _.in(UNFINISHED) }))) continue;
    await jobs().doc(job._id).update({ data: { status: 'done', finishedAt: new Date() } });
    state.summary.finishedJobs += 1;
  }
}
