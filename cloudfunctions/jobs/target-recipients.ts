// Targeting: a job's audience becomes one delivery record per recipient, a page at a time, with the
// job's cursor saved after each page so a later run continues where a stopped one left off. One run
// targets a job at a time (job-hold.ts); a page written again (after a crash) finds its records
// there and leaves them as they are (create-delivery.ts).
import { DELIVERY_COLLECTION, NOTICE_PREFS_COLLECTION, type NoticePrefsDoc, type NoticeSendDoc } from '#types/models/notice';
import { COMMENT_COLLECTION } from '#types/models/consultation';
import { FOLLOW_COLLECTION } from '#types/models/project';
import { _, db, docsOf, countOf } from '../_shared/cloud';
import { createDelivery } from './create-delivery';
import { decideDelivery } from './decide-delivery';
import { inParallel } from './in-parallel';
import { holdJob, letGo, saveHeld } from './job-hold';
import { jobsIn } from './job-lifecycle';
import type { RunState } from './run-state';
import { targetDigestPage } from './target-digest';

const PAGE = 200;
const WRITE_WIDTH = 16;

interface Page {
  recipients: { openid: string; prefs: NoticePrefsDoc | null }[];
  /** The last source record read: the cursor for the next page. */
  last: string | null;
  full: boolean;
}

function areaFilter(target: { township: string | null; village: string | null }): object | null {
  if (!target.township) return null;
  const here = target.village ? { areas: _.in([target.township, `${target.township}/${target.village}`]) } : { townships: target.township };
  return _.or([{ allAreas: true }, here]);
}

async function topicPage(job: NoticeSendDoc, target: { topic: string; township: string | null; village: string | null }): Promise<Page> {
  const base = { topics: target.topic, _id: _.gt(job.cursor) };
  const area = areaFilter(target);
  const query = db.collection(NOTICE_PREFS_COLLECTION).where(area ? _.and([base, area]) : base);
  const prefs = await docsOf<NoticePrefsDoc>(query.orderBy('_id', 'asc').limit(PAGE));
  return { recipients: prefs.map((p) => ({ openid: p._id, prefs: p })), last: prefs.at(-1)?._id ?? null, full: prefs.length === PAGE };
}

/** A page of source records naming people (follows, comments, one person): each person once, with their preferences. */
async function pageOf(rows: { _id: string; openid: string }[]): Promise<Page> {
  // Opinions staff entered from a meeting (会上意见) name nobody.
  const openids = [...new Set(rows.map((r) => r.openid).filter(Boolean))];
  const prefs = openids.length ? await docsOf<NoticePrefsDoc>(db.collection(NOTICE_PREFS_COLLECTION).where({ _id: _.in(openids) }).limit(PAGE)) : [];
  const byId = new Map(prefs.map((p) => [p._id, p]));
  return { recipients: openids.map((openid) => ({ openid, prefs: byId.get(openid) ?? null })), last: rows.at(-1)?._id ?? null, full: rows.length === PAGE };
}

const followersPage = async (job: NoticeSendDoc, projectId: string): Promise<Page> =>
  pageOf(await docsOf(db.collection(FOLLOW_COLLECTION).where({ kind: 'project', targetId: projectId, _id: _.gt(job.cursor) }).orderBy('_id', 'asc').limit(PAGE)));

/** Everyone who commented on a consultation (a person with several comments is one recipient). */
const commentersPage = async (job: NoticeSendDoc, consultationId: string): Promise<Page> =>
  pageOf(await docsOf(db.collection(COMMENT_COLLECTION).where({ consultationId, _id: _.gt(job.cursor) }).orderBy('_id', 'asc').limit(PAGE).field({ openid: true })));

/** One person: a single page, done once the cursor is set. */
const personPage = (job: NoticeSendDoc, openid: string): Promise<Page> => pageOf(job.cursor ? [] : [{ _id: openid, openid }]);

async function writeDeliveries(job: NoticeSendDoc, page: Page): Promise<void> {
  const now = new Date();
  await inParallel(page.recipients, WRITE_WIDTH, async ({ openid, prefs }) => {
    const status = decideDelivery(prefs, job);
    await createDelivery({
      jobId: job._id, openid, template: job.template, status, runId: null, claimedAt: null, leaseUntil: null, at: now, error: null,
      digest: status === 'digest' ? { count: 1, firstTitle: job.title } : null,
    });
  });
}

/** Writes one page of a job's audience: where it ended, and whether more may follow. */
async function writePage(job: NoticeSendDoc): Promise<Pick<Page, 'last' | 'full'>> {
  const target = job.target;
  if ('digestDay' in target) return targetDigestPage(job);
  const page =
    'person' in target ? await personPage(job, target.person)
    : 'commentersOf' in target ? await commentersPage(job, target.commentersOf)
    : 'followersOf' in target ? await followersPage(job, target.followersOf)
    : await topicPage(job, target);
  await writeDeliveries(job, page);
  return page;
}

/** Pages through a job this run holds until its audience is done, the budget is spent or the hold is lost. */
async function targetHeld(job: NoticeSendDoc, state: RunState): Promise<void> {
  while (state.canContinue()) {
    const { last, full } = await writePage(job);
    state.sampleHeap();
    if (last) {
      if (!(await saveHeld(job, state, { cursor: last }))) return;
      job.cursor = last;
    }
    if (full) continue;
    const total = await countOf(db.collection(DELIVERY_COLLECTION).where({ jobId: job._id }));
    if (await saveHeld(job, state, { status: 'sending', targeted: total, runId: null, leaseUntil: null })) state.summary.targeted += total;
    return;
  }
}

export async function targetJobs(state: RunState): Promise<void> {
  for (const job of await jobsIn('targeting')) {
    if (!state.canContinue()) return;
    if (!(await holdJob(job, state))) continue; // another live run is targeting it
    await targetHeld(job, state);
    await letGo(job, state);
  }
}
