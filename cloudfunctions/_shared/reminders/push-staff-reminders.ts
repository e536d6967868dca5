// The staff reminder list's second channel: a subscription message to a staff member who allowed
// WeChat reminders (the long-term 出行和公告提醒 template, as meeting reminders use), sent through the
// jobs function's send-job machinery like every other message. Each reminder key (an item in a due
// state) is pushed once per person: a ledger document per person and topic, read and rewritten in the
// transaction that creates the send job, holds the keys already pushed. Two overlapping timer runs
// conflict on the ledger and run one after the other, so the second finds the keys pushed and sends
// nothing; a run whose instant is earlier than the ledger's leaves it alone.
import { createHash } from 'node:crypto';
import { NOTICE_PREFS_COLLECTION, type MessageField, type NoticePrefsDoc } from '#types/models/notice';
import { _, db, docOrNull, docsOf, runTransaction } from '../cloud';
import { hasConsent } from '../notices/has-consent';
import { createSendJob } from '../notices/send-job';

export const STAFF_PUSH_TEMPLATE = 'notice' as const;

/** One person's reminder keys now due, and the message for those not yet pushed. */
export interface StaffPush {
  to: string;
  keys: string[];
  message(fresh: string[]): { title: string; page: string; fields: MessageField[] };
}

export interface StaffPushLedger {
  _id: string;
  /** Hashes of every key pushed and still due at the last push. */
  keys: string[];
  /** The instant the pushes were decided at (a check's instant): an earlier one never overrides it. */
  asOf: Date;
  at: Date;
}

/** A key as stored: short, and saying nothing about the item. */
export const pushKey = (key: string): string => createHash('sha256').update(key).digest('hex').slice(0, 16);

/**
 * Pushes each person's keys not pushed before (only to people who allowed the template); returns how
 * many send jobs were created. `ledger(openid)` names where the person's ledger lives.
 */
export async function pushStaffReminders(topic: string, ledger: (openid: string) => { collection: string; id: string }, pushes: StaffPush[], asOf: Date, now: Date): Promise<number> {
  const wanted = pushes.filter((p) => p.keys.length > 0);
  if (!wanted.length) return 0;
  const prefs = await docsOf<NoticePrefsDoc>(db.collection(NOTICE_PREFS_COLLECTION).where({ _id: _.in(wanted.map((p) => p.to)) }).limit(1000));
  const allowed = new Set(prefs.filter((p) => hasConsent(p, STAFF_PUSH_TEMPLATE)).map((p) => p._id));
  let created = 0;
  for (const push of wanted) {
    if (!allowed.has(push.to)) continue;
    const where = ledger(push.to);
    const hashed = new Map(push.keys.map((k) => [pushKey(k), k]));
    const sent = await runTransaction(async (tx) => {
      const ref = tx.collection(where.collection).doc(where.id);
      const before = await docOrNull<StaffPushLedger>(ref);
      if (before && before.asOf.getTime() > asOf.getTime()) return false;
      const done = new Set(before?.keys ?? []);
      const fresh = [...hashed].filter(([h]) => !done.has(h)).map(([, k]) => k);
      if (!fresh.length) return false;
      const message = push.message(fresh);
      const jobId = `staff-${topic}-${pushKey(`${push.to}\u0000${fresh.map(pushKey).sort().join()}`)}`;
      await createSendJob(tx, jobId, {
        noticeId: null, title: message.title, template: STAFF_PUSH_TEMPLATE, urgent: true, sendAt: now, relatedKey: null,
        target: { person: push.to }, page: message.page, fields: message.fields,
      }, now);
      // What is due now, all pushed: keys no longer due drop out, so the ledger stays the size of the person's list.
      await ref.set({ data: { keys: [...hashed.keys()], asOf, at: now } });
      return true;
    });
    if (sent) created += 1;
  }
  return created;
}
