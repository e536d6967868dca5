// Once a day, in the evening (Beijing time), a digest job gathers the day's waiting notices.
import { DELIVERY_COLLECTION, NOTICE_SEND_COLLECTION } from '#types/models/notice';
import { digestFields } from '#types/models/notice-message';
import { db, docOrNull, runTransaction, countOf } from '../_shared/cloud';
import { createSendJob } from '../_shared/notices/send-job';
import { toBeijingInput } from '../_shared/time/beijing-time';
import { cstDay } from '../_shared/time/working-days';

export const DIGEST_HOUR = 18;

export async function scheduleDigest(now: Date): Promise<void> {
  if (Number(toBeijingInput(now).slice(11, 13)) < DIGEST_HOUR) return;
  const day = cstDay(now);
  const id = `digest-${day}`;
  if (await docOrNull(db.collection(NOTICE_SEND_COLLECTION).doc(id))) return;
  if (!(await countOf(db.collection(DELIVERY_COLLECTION).where({ status: 'digest' })))) return;
  await runTransaction(async (tx) => {
    if (await docOrNull(tx.collection(NOTICE_SEND_COLLECTION).doc(id))) return;
    await createSendJob(tx, id, {
      noticeId: null, title: `${day} 每日汇总`, template: 'digest', urgent: false, sendAt: now, relatedKey: null,
      target: { digestDay: day }, page: 'pages/notices/index', fields: digestFields(0, '', now),
    }, now);
  });
}
