// WeChat users only; opens a case (咨询 / 意见建议 / 投诉), once per client request id, after the
// content check, with a tracking number and a reply deadline on the working-day calendar. The same
// words sent again by the same person within a week fold into the open case instead of a new one.
import { publicApi } from '#types/api/public';
import { CASE_COLLECTION, CASES_PER_DAY, DUPLICATE_WINDOW_DAYS, isAwaitingReply, type CaseDoc } from '#types/models/case';
import { AppError } from '../../_shared/app-error';
import { caseId } from '../../_shared/cases/case-id';
import { checkContent } from '../../_shared/cases/check-content';
import { toCaseView } from '../../_shared/cases/case-view';
import { trackingNo } from '../../_shared/cases/tracking-no';
import { _, countOf, db, docOrNull, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { replyDueAt } from '../../_shared/cases/reply-clock';
import { cstDay, endOfCstDay } from '../../_shared/time/working-days';

const normalised = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, '');

/** The person's open case with the same words from the last week, if any. */
async function sameOpenCase(openid: string, text: string, now: Date): Promise<CaseDoc | null> {
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000);
  const recent = await docsOf<CaseDoc>(db.collection(CASE_COLLECTION).where({ openid, createdAt: _.gte(since) }).orderBy('createdAt', 'desc').limit(20));
  const words = normalised(text);
  return recent.find((c) => isAwaitingReply(c.status) && normalised(c.text) === words) ?? null;
}

export const submitCase = defineHandler(publicApi.submitCase, 'user', async ({ requestId, category, text, phone, related, consentPublic }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  const id = caseId(openid, requestId);
  const ref = db.collection(CASE_COLLECTION).doc(id);
  const existing = await docOrNull<CaseDoc>(ref);
  if (existing) return toCaseView(existing, now);
  const duplicate = await sameOpenCase(openid, text, now);
  if (duplicate) return toCaseView(duplicate, now);
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
    dueAt: await replyDueAt(now, category),
    updatedAt: now,
    photos: [],
    assignee: null,
    firstRepliedAt: null,
    closedAt: null,
    consentPublic,
    public: false,
    followUp: null,
  };
  await ref.set({ data: doc });
  return toCaseView({ ...doc, _id: id }, now);
});
