// Sending: claim a batch of pending deliveries for this run, then send them in a few lanes. Each
// delivery is marked `sending` before the platform is called and given its result after, both only
// while this run still holds it (delivery-claims.ts), so a run that dies leaves at most one uncertain
// delivery per lane (see recover-stale.ts) and a run that outlives its lease sends nothing it lost.
import { DELIVERY_COLLECTION, NOTICE_PREFS_COLLECTION, type DeliveryDoc, type DeliveryStatus, type NoticePrefsDoc, type NoticeSendDoc } from '#types/models/notice';
import { digestFields, messageData, TEMPLATE_INFO } from '#types/models/notice-message';
import { _, cloud, db, docOrNull, docsOf } from '../_shared/cloud';
import { templateIds } from '../_shared/notices/template-ids';
import { hasConsent } from './decide-delivery';
import { claimPending, countDuplicate, recordOutcome, releaseClaimed, releaseSending, settleClaimed, startSending } from './delivery-claims';
import { inParallel } from './in-parallel';
import { finishJobs, sendingJobs } from './job-lifecycle';
import type { RunState } from './run-state';

const LANES = 8;
const BATCH = LANES * 25;
const REFUSED = 43101; // the person refused, or a one-time consent is used up
const RATE_LIMITED = 45009;

const deliveries = () => db.collection(DELIVERY_COLLECTION);

function errorOf(error: unknown): { code: number; message: string } {
  const e = error as { errCode?: unknown; errMsg?: unknown; message?: unknown };
  return { code: Number(e.errCode ?? -1), message: String(e.errMsg ?? e.message ?? error).slice(0, 200) };
}

async function recordConsentUse(d: DeliveryDoc, status: DeliveryStatus): Promise<void> {
  const key = `consents.${d.template}`;
  if (TEMPLATE_INFO[d.template].type === 'once') {
    // One-time consents: each message uses one; a refusal means none are left.
    const remaining = status === 'sent' ? _.inc(-1) : 0;
    await db.collection(NOTICE_PREFS_COLLECTION).doc(d.openid).update({ data: { [`${key}.remaining`]: remaining } });
  } else if (status === 'refused') {
    await db.collection(NOTICE_PREFS_COLLECTION).doc(d.openid).update({ data: { [`${key}.accepted`]: false } });
  }
}

/** One-time consents: several sends may have been targeted on one consent; only what is left is used. */
async function onceConsentLeft(d: DeliveryDoc): Promise<boolean> {
  if (TEMPLATE_INFO[d.template].type !== 'once') return true;
  const prefs = await docOrNull<NoticePrefsDoc>(db.collection(NOTICE_PREFS_COLLECTION).doc(d.openid));
  return prefs !== null && hasConsent(prefs, d.template);
}

async function sendOne(d: DeliveryDoc, job: NoticeSendDoc, state: RunState): Promise<void> {
  if (!(await onceConsentLeft(d))) {
    if (!(await settleClaimed(d, state, { status: 'no_consent', at: new Date() }))) state.summary.lost += 1;
    return;
  }
  // The fence: only the run that still holds the claim moves it to sending, and only that run sends.
  if (!(await startSending(d, state))) {
    state.summary.lost += 1;
    return;
  }
  const fields = d.digest && job.template === 'digest' ? digestFields(d.digest.count, d.digest.firstTitle, job.sendAt) : job.fields;
  let status: DeliveryStatus = 'sent';
  let error: string | null = null;
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: d.openid, templateId: templateIds()[d.template], page: job.page, data: messageData(fields),
      miniprogramState: process.env.NOTICE_MINIPROGRAM_STATE ?? 'formal',
    });
  } catch (caught) {
    const { code, message } = errorOf(caught);
    if (code === RATE_LIMITED) {
      // Not sent: back to the queue, and this run stops sending; the next run resumes.
      state.summary.rateLimited = true;
      await releaseSending(d, state);
      return;
    }
    status = code === REFUSED ? 'refused' : 'failed';
    error = `${code} ${message}`;
  }
  if (!(await recordOutcome(d, state, { status, error, at: new Date() }))) {
    // Another run took the record while the platform was answering: if this message went out, it is
    // one more than the record will say.
    if (status === 'sent') await countDuplicate(d, state);
    else state.summary.lost += 1;
    return;
  }
  state.summary[status === 'sent' ? 'sent' : status === 'refused' ? 'refused' : 'failed'] += 1;
  if (status !== 'failed') await recordConsentUse(d, status);
}

async function sendLane(lane: DeliveryDoc[], jobs: Map<string, NoticeSendDoc>, state: RunState): Promise<void> {
  for (const [index, d] of lane.entries()) {
    if (!state.canContinue()) {
      await releaseClaimed(lane.slice(index).map((x) => x._id), state);
      return;
    }
    await sendOne(d, jobs.get(d.jobId) as NoticeSendDoc, state);
  }
}

export async function sendPending(state: RunState): Promise<void> {
  const live = await sendingJobs();
  if (!live.length) return;
  const jobs = new Map(live.map((j) => [j._id, j]));
  while (state.canContinue()) {
    const batch = await docsOf<DeliveryDoc>(
      deliveries().where({ status: 'pending', jobId: _.in([...jobs.keys()]) }).orderBy('_id', 'asc').limit(BATCH).field({ _id: true }),
    );
    if (!batch.length) break;
    const mine = await claimPending(batch.map((d) => d._id), state);
    const lanes = Array.from({ length: LANES }, (_unused, i) => mine.filter((_d, j) => j % LANES === i));
    await inParallel(lanes, LANES, (lane) => sendLane(lane, jobs, state));
    state.sampleHeap();
  }
  await finishJobs(live, state);
}
