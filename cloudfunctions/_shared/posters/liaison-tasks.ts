// A village liaison's work, computed from the records (nothing stored per task): the notices of the last
// LIAISON_WINDOW_DAYS that concern their villages, and the item posters made for their villages, each with
// what they confirmed and whether a notice's confirmation is overdue. The liaison page and the staff
// reminder list both read it, so "overdue" means the same in both.
import type { LiaisonTask } from '#types/api/posters';
import { FEED_PATHS } from '#types/models/feed';
import { NOTICE_COLLECTION, type NoticeDoc } from '#types/models/notice';
import { POSTER_COLLECTION, type PosterDoc } from '#types/models/poster';
import { confirmationOverdue, confirmDueAt, LIAISON_WINDOW_DAYS, VILLAGE_CONFIRMATION_COLLECTION, type VillageConfirmationDoc } from '#types/models/village-confirmation';
import { _, db, docsOf } from '../cloud';
import { loadPlaces } from '../places/load-places';
import { daysBefore } from '../time/beijing-time';
import { noticeVillages } from './notice-villages';

const LIST_MAX = 200;

export async function liaisonTasks(now: Date, villages: readonly string[]): Promise<LiaisonTask[]> {
  if (!villages.length) return [];
  const mine = new Set(villages);
  const [places, notices, posters] = await Promise.all([
    loadPlaces('view'),
    docsOf<NoticeDoc>(db.collection(NOTICE_COLLECTION).where({ lifecycle: 'published', publishedAt: _.gte(daysBefore(now, LIAISON_WINDOW_DAYS)) }).orderBy('publishedAt', 'desc').limit(LIST_MAX)),
    docsOf<PosterDoc>(db.collection(POSTER_COLLECTION).where({ area: _.in([...mine]) }).limit(LIST_MAX)),
  ]);
  const tasks = new Map<string, LiaisonTask>();
  const task = (key: string, make: () => LiaisonTask): LiaisonTask => tasks.get(key) ?? (tasks.set(key, make()).get(key) as LiaisonTask);
  for (const notice of notices.filter((n) => n.publishedAt <= now)) {
    for (const area of noticeVillages(notice, places).filter((a) => mine.has(a))) {
      const dueAt = confirmDueAt(notice.publishedAt).toISOString();
      task(`${notice._id}:${area}`, () => ({ kind: 'notice', refId: notice._id, title: notice.title, area, publishedAt: notice.publishedAt.toISOString(), dueAt, overdue: false, posterIds: [], scriptPath: `/more/broadcast/index?id=${notice._id}`, confirmed: {} }));
    }
  }
  for (const poster of posters) {
    if (poster.subject !== 'item' || !poster.kind || !poster.refId || !FEED_PATHS[poster.kind]) continue;
    const { kind, refId } = poster;
    const t = task(`${refId}:${poster.area}`, () => ({ kind, refId, title: poster.title, area: poster.area, publishedAt: poster.createdAt.toISOString(), dueAt: null, overdue: false, posterIds: [], scriptPath: kind === 'notice' ? `/more/broadcast/index?id=${refId}` : null, confirmed: {} }));
    t.posterIds.push(poster._id);
  }
  const refIds = [...new Set([...tasks.values()].map((t) => t.refId))];
  const confirmations = refIds.length
    ? await docsOf<VillageConfirmationDoc>(db.collection(VILLAGE_CONFIRMATION_COLLECTION).where({ refId: _.in(refIds), area: _.in([...mine]) }).limit(1000))
    : [];
  for (const c of confirmations) {
    const t = tasks.get(`${c.refId}:${c.area}`);
    if (t) t.confirmed[c.action] = c.doneAt.toISOString();
  }
  for (const t of tasks.values()) t.overdue = t.dueAt !== null && confirmationOverdue(new Date(t.dueAt), Object.keys(t.confirmed).length, now);
  return [...tasks.values()].sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.publishedAt.localeCompare(a.publishedAt));
}
