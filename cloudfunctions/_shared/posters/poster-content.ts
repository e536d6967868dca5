// What a new poster prints, before it is stored: for an item, its title and a few plain points (a policy's
// explainer first, then the summary or body) and its web link; for a 本村公开栏 sheet, this Beijing month's
// published notices that concern the place.
import { webLink } from '#types/api/web-link';
import type { Explainer } from '#types/models/policy';
import { BOARD_ITEMS_MAX, POSTER_PAGE, type PosterDoc } from '#types/models/poster';
import { NOTICE_COLLECTION, type NoticeDoc } from '#types/models/notice';
import { posterPoints } from '#types/text/poster-points';
import { failedPrecondition } from '../app-error';
import { _, db, docOrNull, docsOf } from '../cloud';
import { publishedEntry } from '../reach/published-entry';
import { cstDay } from '../time/working-days';
import { ITEM_COLLECTIONS } from './item-collections';
import { noticeConcerns } from './notice-villages';

type Content = Pick<PosterDoc, 'subject' | 'kind' | 'refId' | 'title' | 'points' | 'items' | 'month' | 'webLink'>;

/** Where the H5 build is served (the county portal), when the deployment says. */
const webBase = (): string | null => process.env.PORTAL_BASE_URL?.trim().replace(/\/+$/, '') || null;

export async function itemPosterContent(refId: string, now: Date): Promise<Content> {
  const { entry } = await publishedEntry(refId, now, '只能为已发布的内容制作海报：这条内容还没有发布，或已撤回');
  const item = await docOrNull<Record<string, unknown> & { explainer?: Explainer | null }>(db.collection(ITEM_COLLECTIONS[entry.kind]).doc(refId));
  const text = (field: string): string[] => (typeof item?.[field] === 'string' ? [item[field] as string] : []);
  const sources = [...(item?.explainer?.keyPoints ?? []), ...(item?.explainer?.changesForYou ?? []), ...text('summary'), entry.summary, ...text('body')];
  const base = webBase();
  return { subject: 'item', kind: entry.kind, refId, title: entry.title, points: posterPoints(sources), items: [], month: null, webLink: base ? webLink(base, entry) : null };
}

export async function boardPosterContent(posterId: string, township: string, village: string | null, now: Date): Promise<Content> {
  const month = cstDay(now).slice(0, 7);
  const monthStart = new Date(`${month}-01T00:00:00+08:00`);
  const notices = await docsOf<NoticeDoc>(db.collection(NOTICE_COLLECTION).where({ lifecycle: 'published', publishedAt: _.gte(monthStart) }).orderBy('publishedAt', 'desc').limit(100));
  const mine = notices.filter((n) => n.publishedAt <= now && noticeConcerns(n, township, village)).slice(0, BOARD_ITEMS_MAX);
  const place = village ?? township;
  if (!mine.length) throw failedPrecondition(`本月还没有涉及${place}的已发布通知，暂不需要制作本村公开栏`);
  const base = webBase();
  return {
    subject: 'board',
    kind: null,
    refId: null,
    title: `${village ? '本村' : '本乡镇'}公开栏 · ${place}`,
    points: mine.map((n) => n.title),
    items: mine.map((n) => ({ kind: 'notice' as const, refId: n._id, title: n.title })),
    month,
    webLink: base ? `${base}/#/${POSTER_PAGE}?scene=${posterId}` : null,
  };
}
