// The reply reminder: one push to the person on their one-time 答复提醒 consent, sent by the jobs function.
import type { CaseDoc } from '#types/models/case';
import { caseFields } from '#types/models/notice-message';
import type { Tx } from '../cloud';
import { createSendJob } from '../notices/send-job';

export async function remindPerson(tx: Tx, c: CaseDoc, status: string, step: number, now: Date): Promise<void> {
  // A case recorded by staff that nobody has claimed in the app yet has nobody to remind.
  if (!c.openid) return;
  await createSendJob(tx, `case-${c._id}-${step}`, {
    noticeId: null, title: `答复提醒 ${c.trackingNo}`, template: 'case', urgent: true, sendAt: now, relatedKey: null,
    target: { person: c.openid }, page: 'more/my-cases/index', fields: caseFields(c.text, status, now),
  }, now);
}
