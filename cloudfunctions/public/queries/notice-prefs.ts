// A person's notice preferences, with the defaults a newcomer starts from, as the client sees them.
import type { NoticePrefsView } from '#types/api/notice-views';
import { NOTICE_PREFS_COLLECTION, TEMPLATE_KEYS, type NoticePrefsDoc } from '#types/models/notice';
import { TEMPLATE_INFO } from '#types/models/notice-message';
import { db, docOrNull } from '../../_shared/cloud';
import { templateIds } from '../../_shared/notices/template-ids';

export function defaultPrefs(openid: string, now: Date): NoticePrefsDoc {
  return { _id: openid, topics: ['closure', 'project'], areas: [], townships: [], allAreas: true, mode: 'immediate', consents: {}, updatedAt: now };
}

export async function loadPrefs(openid: string, now: Date): Promise<NoticePrefsDoc> {
  return (await docOrNull<NoticePrefsDoc>(db.collection(NOTICE_PREFS_COLLECTION).doc(openid))) ?? defaultPrefs(openid, now);
}

export function prefsView(prefs: NoticePrefsDoc): NoticePrefsView {
  const ids = templateIds();
  return {
    topics: prefs.topics,
    areas: prefs.areas,
    mode: prefs.mode,
    consents: Object.fromEntries(Object.entries(prefs.consents).map(([key, c]) => [key, { type: c.type, accepted: c.accepted, remaining: c.remaining }])),
    templates: TEMPLATE_KEYS.map((key) => ({ key, id: ids[key], ...TEMPLATE_INFO[key] })),
  };
}
