// The reminder the day before a meeting: one push to a registered person, only if they allowed WeChat
// reminders (the long-term 出行和公告提醒 template), sent by the jobs function. Cancelling the
// registration or the meeting calls it off (a cancelled meeting is told at once); moving the meeting moves it.
import { NOTICE_PREFS_COLLECTION, NOTICE_SEND_COLLECTION, type NoticePrefsDoc } from '#types/models/notice';
import type { MeetingDoc } from '#types/models/meeting';
import { messageDate, fitField } from '#types/models/notice-message';
import { db, docOrNull, type Tx } from '../cloud';
import { hasConsent } from '../notices/has-consent';
import { createSendJob } from '../notices/send-job';
import { daysBefore } from '../time/beijing-time';

export const REMINDER_TEMPLATE = 'notice' as const;
export const reminderJobId = (registrationId: string): string => `meeting-${registrationId}`;

/** When the reminder would go: a day before the meeting, or null when that has passed. */
export function reminderTime(startsAt: Date, now: Date): Date | null {
  const at = daysBefore(startsAt, 1);
  return at > now ? at : null;
}

/** Read before the transaction: whether this person allowed the reminder template. */
export async function allowsReminder(openid: string): Promise<boolean> {
  const prefs = await docOrNull<NoticePrefsDoc>(db.collection(NOTICE_PREFS_COLLECTION).doc(openid));
  return prefs !== null && hasConsent(prefs, REMINDER_TEMPLATE);
}

function beijingClock(at: Date): string {
  const d = new Date(at.getTime() + 8 * 3600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

async function tell(tx: Tx, jobId: string, openid: string, m: MeetingDoc, title: string, headline: string, tip: string, sendAt: Date, now: Date): Promise<void> {
  await createSendJob(tx, jobId, {
    noticeId: null, title: `意见征集会：${title}`, template: REMINDER_TEMPLATE, urgent: true, sendAt, relatedKey: null,
    target: { person: openid }, page: `more/consultation/index?id=${m.consultationId}`,
    fields: [
      { key: 'thing1', label: '通知标题', value: fitField('thing1', headline) },
      { key: 'phrase2', label: '类型', value: '意见征集' },
      { key: 'thing3', label: '影响范围', value: fitField('thing3', m.place) },
      { key: 'date4', label: '生效时间', value: messageDate(m.startsAt) },
      { key: 'thing5', label: '温馨提示', value: tip },
    ],
  }, now);
}

export const scheduleReminder = (tx: Tx, registrationId: string, openid: string, m: MeetingDoc, title: string, sendAt: Date, now: Date): Promise<void> =>
  tell(tx, reminderJobId(registrationId), openid, m, title, `明天${beijingClock(m.startsAt)}开意见征集会`, '不能参加请在小程序里取消报名', sendAt, now);

/** To someone who allowed reminders: the meeting they registered for will not take place (sent at once). */
export const tellCancelled = (tx: Tx, registrationId: string, openid: string, m: MeetingDoc, title: string, now: Date): Promise<void> =>
  tell(tx, `${reminderJobId(registrationId)}-cancelled`, openid, m, title, '你报名的意见征集会已取消', fitField('thing5', m.cancelReason ?? '点开查看详情'), now, now);

/** Calls off a reminder not yet sent (none scheduled: nothing to do). */
export async function cancelReminder(tx: Tx, registrationId: string): Promise<void> {
  const ref = tx.collection(NOTICE_SEND_COLLECTION).doc(reminderJobId(registrationId));
  const job = await docOrNull<{ status: string }>(ref);
  if (job?.status === 'scheduled') await ref.update({ data: { status: 'cancelled' } });
}
