// Editors and reviewers: a case that arrived by hotline, letter, e-mail or visit, recorded so it joins the
// same queue, tracking number, working-day clock (from the day it was received), reply and statistics as
// the app's. Once per request id; no daily allowance or folding (those guard citizens' own submissions),
// but the same content check. The person gets the tracking number and a code to follow it in the app.
import { randomInt } from 'node:crypto';
import { staffApi } from '#types/api/staff';
import { CASE_CHANNEL_LABELS, CASE_COLLECTION, RECORD_BACK_DAYS, type CaseDoc } from '#types/models/case';
import { invalidArgument } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { caseId } from '../../_shared/cases/case-id';
import { toStaffCaseView } from '../../_shared/cases/case-view';
import { checkContent } from '../../_shared/cases/check-content';
import { startClock } from '../../_shared/cases/reply-clock';
import { trackingNo } from '../../_shared/cases/tracking-no';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { oncePerRequest } from '../../_shared/once-per-request';
import { stripControl } from '../../_shared/text/strip-control';
import { beijingStartOf } from '../../_shared/time/beijing-time';
import { cstDay } from '../../_shared/time/working-days';

/** The SMS (or words to read out) that tells the person how to follow their case. */
export const claimSms = (no: string, code: string): string =>
  `【交通运输局】您反映的事项已登记，编号${no}，查询码${code}。在微信小程序“交通政务公开”的“我的提问”里输入编号和查询码，即可查看办理进度和答复。`;

/** When it was received: that day's start, or now when it is today. Not later than today, not older than RECORD_BACK_DAYS. */
function receivedAt(receivedOn: string, now: Date): Date {
  const today = cstDay(now);
  if (receivedOn > today) throw invalidArgument('收到日期不能晚于今天');
  const start = beijingStartOf(new Date(`${receivedOn}T00:00:00Z`));
  if (now.getTime() - start.getTime() > (RECORD_BACK_DAYS + 1) * 86_400_000) throw invalidArgument(`只能登记 ${RECORD_BACK_DAYS} 天内收到的事项`);
  return receivedOn === today ? now : start;
}

export const recordCase = defineHandler(staffApi.recordCase, ['editor', 'reviewer'], async (input, { caller, now }) => {
  const me = (await caller()).openid as string;
  const id = caseId(me, input.requestId);
  const answer = await oncePerRequest('recordCase', me, input.requestId, {
    async prepare() {
      const at = receivedAt(input.receivedOn, now);
      const { held } = await checkContent(me, input.text);
      const doc: CaseDoc = {
        _id: id, trackingNo: trackingNo(at), openid: '', category: input.category, text: stripControl(input.text), phone: input.phone, related: null,
        status: 'received', events: [{ status: 'received', note: `${CASE_CHANNEL_LABELS[input.channel]}收到，已登记`, at, by: 'staff' }],
        reply: null, held, createdAt: at, ...(await startClock(at, input.category)), updatedAt: now, photos: [], assignee: null,
        firstRepliedAt: null, closedAt: null, consentPublic: false, public: false, followUp: null,
        channel: input.channel, recordedBy: me, claimCode: String(randomInt(0, 1_000_000)).padStart(6, '0'),
      };
      return doc;
    },
    async write(tx, doc) {
      await tx.collection(CASE_COLLECTION).add({ data: doc });
      await recordAudit(tx, { actor: me, action: 'case.record', collection: CASE_COLLECTION, targetId: id, before: null, after: doc }, now);
      return { caseId: id, claimCode: doc.claimCode as string, trackingNo: doc.trackingNo };
    },
  }, now);
  const stored = await docOrNull<CaseDoc>(db.collection(CASE_COLLECTION).doc(answer.caseId));
  if (!stored) throw new Error(`recorded case ${answer.caseId} not stored`);
  return { case: toStaffCaseView(stored, now), claimCode: answer.claimCode, smsText: claimSms(answer.trackingNo, answer.claimCode) };
});
