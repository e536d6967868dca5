// Opening a case, shared by 我要提问 and a poor service rating: once per request id, folded into the
// person's open case with the same words, limited per day, content-checked, on its category's clock.
import { CASE_COLLECTION, CASES_PER_DAY, DUPLICATE_WINDOW_DAYS, isAwaitingReply, type CaseDoc } from '#types/models/case';
import { AppError } from '../app-error';
import { _, countOf, db, docOrNull, docsOf } from '../cloud';
import { cstDay, endOfCstDay } from '../time/working-days';
import { caseId } from './case-id';
import { checkContent } from './check-content';
import { replyDueAt } from './reply-clock';
import { trackingNo } from './tracking-no';
import { stripControl } from '../text/strip-control';

export type NewCase = Pick<CaseDoc, 'category' | 'text' | 'phone' | 'related'> & { requestId: string; consentPublic: boolean; photos?: string[]; disclosure?: CaseDoc['disclosure'] };

const normalised = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, '');

/** The person's open case with the same words from the last week, if any. */
async function sameOpenCase(openid: string, text: string, now: Date): Promise<CaseDoc | null> {
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000);
  const recent = await docsOf<CaseDoc>(db.collection(CASE_COLLECTION).where({ openid, createdAt: _.gte(since) }).orderBy('createdAt', 'desc').limit(20));
  const words = normalised(text);
  return recent.find((c) => isAwaitingReply(c.status) && normalised(c.text) === words) ?? null;
}

export async function openCase(openid: string, input: NewCase, now: Date): Promise<CaseDoc> {
  const id = caseId(openid, input.requestId);
  const ref = db.collection(CASE_COLLECTION).doc(id);
  const existing = await docOrNull<CaseDoc>(ref);
  if (existing) return existing;
  const duplicate = await sameOpenCase(openid, input.text, now);
  if (duplicate) return duplicate;
  const startOfToday = new Date(endOfCstDay(cstDay(now)).getTime() + 1 - 86_400_000);
  const today = await countOf(db.collection(CASE_COLLECTION).where({ openid, createdAt: _.gte(startOfToday) }));
  if (today >= CASES_PER_DAY) throw new AppError('RESOURCE_EXHAUSTED', '今天提交的次数已达上限，请明天再试，或拨打 12328');
  const { held } = await checkContent(openid, input.text);
  const doc: Omit<CaseDoc, '_id'> = {
    trackingNo: trackingNo(now), openid, category: input.category, text: stripControl(input.text),
    phone: input.phone, related: input.related, status: 'received', events: [{ status: 'received', note: '已收到，我们会尽快答复', at: now, by: 'citizen' }],
    reply: null, held, createdAt: now, dueAt: await replyDueAt(now, input.category), updatedAt: now,
    photos: input.photos ?? [], assignee: null, firstRepliedAt: null, closedAt: null, consentPublic: input.consentPublic, public: false, followUp: null,
    ...(input.disclosure ? { disclosure: input.disclosure } : {}),
  };
  await ref.set({ data: doc });
  return { ...doc, _id: id };
}
