// WeChat users only; records what the caller answered in WeChat's subscribe dialog, per template:
// a long-term template is on or off; each accepted one-time template allows one more message.
import { publicApi } from '#types/api/public';
import { NOTICE_PREFS_COLLECTION, type Consent, type NoticePrefsDoc } from '#types/models/notice';
import { TEMPLATE_INFO } from '#types/models/notice-message';
import { invalidArgument } from '../../_shared/app-error';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { defaultPrefs, prefsView } from '../queries/notice-prefs';

/** One-time consents pile up as people tap; WeChat keeps its own count, this caps ours. */
const MAX_ONCE = 50;

export const recordConsents = defineHandler(publicApi.recordConsents, 'user', async ({ results }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  if (new Set(results.map((r) => TEMPLATE_INFO[r.key].type)).size > 1) throw invalidArgument('一次性提醒和长期提醒不能在同一次里订阅');
  const saved = await runTransaction(async (tx) => {
    const ref = tx.collection(NOTICE_PREFS_COLLECTION).doc(openid);
    const prefs = (await docOrNull<NoticePrefsDoc>(ref)) ?? defaultPrefs(openid, now);
    const consents = { ...prefs.consents };
    for (const { key, result } of results) {
      const type = TEMPLATE_INFO[key].type;
      const before = consents[key];
      const accepted = result === 'accept';
      const remaining = type === 'once' ? (accepted ? Math.min((before?.remaining ?? 0) + 1, MAX_ONCE) : result === 'ban' ? 0 : before?.remaining ?? 0) : 0;
      consents[key] = { type, accepted, remaining, at: now } satisfies Consent;
    }
    const next = { ...prefs, consents, updatedAt: now };
    const { _id, ...data } = next;
    await ref.set({ data });
    return next;
  });
  return prefsView(saved);
});
