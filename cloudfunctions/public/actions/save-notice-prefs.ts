// WeChat users only; changes the caller's own topics, areas and immediate/digest choice. Every area
// is a township or village on the county's list: a place typed wrong would silently never match.
import { publicApi } from '#types/api/public';
import { NOTICE_PREFS_COLLECTION, type NoticePrefsDoc } from '#types/models/notice';
import { defineHandler } from '../../_shared/define-handler';
import { defaultPrefs, prefsView } from '../queries/notice-prefs';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { requireAreas } from '../../_shared/places/require-place';

export const saveNoticePrefs = defineHandler(publicApi.saveNoticePrefs, 'user', async ({ topics, areas, mode }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  const unique = [...new Set(areas)];
  await requireAreas(unique);
  const saved = await runTransaction(async (tx) => {
    const ref = tx.collection(NOTICE_PREFS_COLLECTION).doc(openid);
    const current = (await docOrNull<NoticePrefsDoc>(ref)) ?? defaultPrefs(openid, now);
    const next: NoticePrefsDoc = {
      ...current, topics: [...new Set(topics)], areas: unique, townships: [...new Set(unique.map((a) => a.split('/')[0] as string))],
      allAreas: unique.length === 0, mode, updatedAt: now,
    };
    const { _id, ...data } = next;
    await ref.set({ data });
    return next;
  });
  return prefsView(saved);
});
