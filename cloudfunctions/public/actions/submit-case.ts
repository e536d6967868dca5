// WeChat users only; opens a case (咨询 / 意见建议 / 投诉), once per client request id, after the
// content check, with a tracking number and a reply deadline on the working-day calendar.
import { publicApi } from '#types/api/public';
import { CASE_COLLECTION, CASE_REPLY_WORKING_DAYS, CASES_PER_DAY, type CaseDoc } from '#types/models/case';
import { AppError } from '../../_shared/app-error';
import { caseId } from '../../_shared/cases/case-id';
import { checkContent } from '../../_shared/cases/check-content';
import { toCaseView } from '../../_shared/cases/case-view';
import { trackingNo } from '../../_shared/cases/tracking-no';
import { _, db, docOrNull, countOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { addWorkingDays, cstDay, endOfCstDay } from '../../_shared/time/working-days';

export const submitCase = defineHandler(publicApi.submitCase, 'user', async ({ requestId, category, text, phone, related }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  const id = caseId(openid, requestId);
  const ref = db.collection(CASE_COLLECTION).doc(id);
  const existing = await docOrNull<CaseDoc>(ref);
  if (existing) return toCaseView(existing, now);
  const startOfToday = new Date(endOfCstDay(cstDay(now)).getTime() + 1 - 86_400_000);
  const today = await countOf(db.collection(CASE_COLLECTION).where({ openid, createdAt: _.gte(startOfToday) }));
  if (today >= CASES_PER_DAY) throw new AppError('RESOURCE_EXHAUSTED', '今天提交的次数已达上限，请明天再试，或拨打 12328');
  const { held } = await checkContent(openid, text);
  const doc: Omit<CaseDoc, '_id'> = {
    trackingNo: trackingNo(now),
    openid,
    category,
    text: text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ''),
    phone,
    related,
    status: 'received',
    events: [{ status: 'received', note: '已收到，我们会尽快答复', at: now, by: 'citizen' }],
    reply: null,
    held,
    createdAt: now,
    dueAt: addWorkingDays(now, CASE_REPLY_WORKING_DAYS[category]),
    updatedAt: now,
  };
  await ref.set({ data: doc });
  return toCaseView({ ...doc, _id: id }, now);
});
