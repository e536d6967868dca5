// A person's notice preferences, with the defaults a newcomer starts from, as the client sees them.
import type { NoticePrefsView } from '#types/api/notice-views';
import { NOTICE_COLLECTION, NOTICE_PREFS_COLLECTION, NOTICE_READ_COLLECTION, TEMPLATE_KEYS, type NoticePrefsDoc } from '#types/models/notice';
import { TEMPLATE_INFO } from '#types/models/notice-message';
import { _, countOf, db, docOrNull, docsOf } from '../../_shared/cloud';
import { templateIds } from '../../_shared/notices/template-ids';

export function defaultPrefs(openid: string, now: Date): NoticePrefsDoc {
  return { _id: openid, topics: ['closure', 'project'], areas: [], townships: [], allAreas: true, mode: 'immediate', consents: {}, updatedAt: now };
}

export async function loadPrefs(openid: string, now: Date): Promise<NoticePrefsDoc> {
  return (await docOrNull<NoticePrefsDoc>(db.collection(NOTICE_PREFS_COLLECTION).doc(openid))) ?? defaultPrefs(openid, now);
}

const UNREAD_WINDOW_DAYS = 30;

/** Unread among the notices of the last 30 days (at most 50 looked at). */
async function unreadCount(openid: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - UNREAD_WINDOW_DAYS * 86_400_000);
  const recent = await docsOf<{ _id: string }>(
    db.collection(NOTICE_COLLECTION).where({ lifecycle: 'published', publishedAt: _.gte(since).and(_.lte(now)) }).orderBy('publishedAt', 'desc').limit(50).field({ _id: true }),
  );
  if (!recent.length) return 0;
  const read = await countOf(db.collection(NOTICE_READ_COLLECTION).where({ _id: _.in(recent.map((n) => `${openid}:${n._id}`)) }));
  return recent.length - read;
}

export async function prefsView(prefs: NoticePrefsDoc, now: Date): Promise<NoticePrefsView> {
  const ids = templateIds();
  return {
    topics: prefs.topics,
    areas: prefs.areas,
    mode: prefs.mode,
    consents: Object.fromEntries(Object.entries(prefs.consents).map(([key, c]) => [key, { type: c.type, accepted: c.accepted, remaining: c.remaining }])),
    templates: TEMPLATE_KEYS.map((key) => ({ key, id: ids[key], ...TEMPLATE_INFO[key] })),
    unread: await unreadCount(prefs._id, now),
  };
}
