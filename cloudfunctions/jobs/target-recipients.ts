// Targeting: a job's audience becomes one delivery record per recipient, a page at a time, with the
// job's cursor saved after each page so a later run continues where a stopped one left off.
// Writing a page again after a crash rewrites the same records: nothing is sent before targeting ends.
import { DELIVERY_COLLECTION, NOTICE_PREFS_COLLECTION, NOTICE_SEND_COLLECTION, type DeliveryDoc, type NoticePrefsDoc, type NoticeSendDoc } from '#types/models/notice';
import { COMMENT_COLLECTION } from '#types/models/consultation';
import { FOLLOW_COLLECTION } from '#types/models/project';
import { _, db, docsOf, countOf } from '../_shared/cloud';
import { decideDelivery } from './decide-delivery';
import { inParallel } from './in-parallel';
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
  const openids = [...new Set(rows.map((r) => r.openid))];
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
    const delivery: Omit<DeliveryDoc, '_id'> = {
      jobId: job._id, openid, template: job.template, status, runId: null, claimedAt: null, at: now, error: null,
      digest: status === 'digest' ? { count: 1, firstTitle: job.title } : null,
    };
    await db.collection(DELIVERY_COLLECTION).doc(`${job._id}:${openid}`).set({ data: delivery });
  });
}

/** One page of a job's audience; true when the audience is exhausted. */
async function targetPage(job: NoticeSendDoc): Promise<boolean> {
  const target = job.target;
  if ('digestDay' in target) return targetDigestPage(job);
  const page =
    'person' in target ? await personPage(job, target.person)
    : 'commentersOf' in target ? await commentersPage(job, target.commentersOf)
    : 'followersOf' in target ? await followersPage(job, target.followersOf)
    : await topicPage(job, target);
  await writeDeliveries(job, page);
  if (page.last) {
    job.cursor = page.last;
    await db.collection(NOTICE_SEND_COLLECTION).doc(job._id).update({ data: { cursor: page.last } });
  }
  return !page.full;
}

export async function targetJobs(state: RunState): Promise<void> {
  for (const job of await jobsIn('targeting')) {
    while (state.canContinue()) {
      const finished = await targetPage(job);
      state.sampleHeap();
      if (!finished) continue;
      const total = await countOf(db.collection(DELIVERY_COLLECTION).where({ jobId: job._id }));
      await db.collection(NOTICE_SEND_COLLECTION).doc(job._id).update({ data: { status: 'sending', targeted: total } });
      state.summary.targeted += total;
      break;
    }
  }
}
