// Opening a case, shared by 我要提问, 依申请公开 and a poor service rating: once per request id, folded into
// the person's open case with the same words from the last week, limited per day, content-checked, on
// its category's clock. What must hold when many arrive at once is a document the opening transaction
// reads and writes: the request's stored answer, the words' fold, the day's allowance.
import { createHash } from 'node:crypto';
import { CASE_COLLECTION, CASE_FOLD_COLLECTION, CASES_PER_DAY, DUPLICATE_WINDOW_DAYS, isAwaitingReply, type CaseDoc, type CaseFoldDoc } from '#types/models/case';
import { _, countOf, db, docOrNull, type Tx } from '../cloud';
import { oncePerRequest } from '../once-per-request';
import { type Quota, quotaRefusal, quotaUsed, takeQuota } from '../quota';
import { cstDay, endOfCstDay } from '../time/working-days';
import { caseId } from './case-id';
import { checkContent } from './check-content';
import { startClock } from './reply-clock';
import { trackingNo } from './tracking-no';
import { stripControl } from '../text/strip-control';

export type NewCase = Pick<CaseDoc, 'category' | 'text' | 'phone' | 'related'> & { requestId: string; consentPublic: boolean; photos?: string[]; disclosure?: CaseDoc['disclosure'] };

/** A case checked and ready to store, with what its transaction must check again. */
export interface PreparedCase {
  id: string;
  doc: Omit<CaseDoc, '_id'>;
  foldId: string;
  quota: Quota;
  usedToday: number;
}

/** Reads by id, through the database or a transaction. */
interface Reader {
  collection(name: string): { doc(id: string): { get(): unknown } };
}

const normalised = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, '');
const foldIdOf = (openid: string, text: string): string => createHash('sha256').update(`${openid}\u0000${normalised(text)}`).digest('hex').slice(0, 32);

const dayQuota = (openid: string, now: Date): Quota => ({ id: `cases:${openid}:${cstDay(now)}`, limit: CASES_PER_DAY, refusal: '今天提交的次数已达上限，请明天再试，或拨打 12328' });

/** The person's case these words fold into: opened with the same words within the week, still awaiting a reply. */
async function foldTarget(reader: Reader, foldId: string, now: Date): Promise<CaseDoc | null> {
  const fold = await docOrNull<CaseFoldDoc>(reader.collection(CASE_FOLD_COLLECTION).doc(foldId));
  if (!fold || now.getTime() - fold.at.getTime() >= DUPLICATE_WINDOW_DAYS * 86_400_000) return null;
  const earlier = await docOrNull<CaseDoc>(reader.collection(CASE_COLLECTION).doc(fold.caseId));
  return earlier && isAwaitingReply(earlier.status) ? earlier : null;
}

/** Before anything is written: the day's allowance (words that fold need none), the content check, the clock. */
export async function prepareCase(openid: string, input: NewCase, now: Date): Promise<PreparedCase> {
  const quota = dayQuota(openid, now);
  const startOfToday = new Date(endOfCstDay(cstDay(now)).getTime() + 1 - 86_400_000);
  const usedToday = await quotaUsed(quota, () => countOf(db.collection(CASE_COLLECTION).where({ openid, createdAt: _.gte(startOfToday) })));
  const foldId = foldIdOf(openid, input.text);
  if (usedToday >= quota.limit && !(await foldTarget(db, foldId, now))) throw quotaRefusal(quota);
  const { held } = await checkContent(openid, input.text);
  const doc: Omit<CaseDoc, '_id'> = {
    trackingNo: trackingNo(now), openid, category: input.category, text: stripControl(input.text),
    phone: input.phone, related: input.related, status: 'received', events: [{ status: 'received', note: '已收到，我们会尽快答复', at: now, by: 'citizen' }],
    reply: null, held, createdAt: now, ...(await startClock(now, input.category)), updatedAt: now,
    photos: input.photos ?? [], assignee: null, firstRepliedAt: null, closedAt: null, consentPublic: input.consentPublic, public: false, followUp: null,
    ...(input.disclosure ? { disclosure: input.disclosure } : {}),
  };
  return { id: caseId(openid, input.requestId), doc, foldId, quota, usedToday };
}

/** In the transaction: this request's case if already stored, else the open case the words fold into,
 * else a new case within the day's allowance (which then takes the words' later repeats). */
export async function placeCase(tx: Tx, prepared: PreparedCase, now: Date): Promise<CaseDoc> {
  const stored = await docOrNull<CaseDoc>(tx.collection(CASE_COLLECTION).doc(prepared.id));
  if (stored) return stored;
  const earlier = await foldTarget(tx, prepared.foldId, now);
  if (earlier) return earlier;
  await takeQuota(tx, prepared.quota, prepared.usedToday, now);
  await tx.collection(CASE_COLLECTION).add({ data: { ...prepared.doc, _id: prepared.id } });
  const fold: Omit<CaseFoldDoc, '_id'> = { caseId: prepared.id, at: now };
  await tx.collection(CASE_FOLD_COLLECTION).doc(prepared.foldId).set({ data: fold });
  return { ...prepared.doc, _id: prepared.id };
}

/** The case a request opened (or was folded into): the same one for every call with its request id. */
export async function openCase(openid: string, input: NewCase, now: Date): Promise<CaseDoc> {
  const { caseId: id } = await oncePerRequest('openCase', openid, input.requestId, {
    prepare: () => prepareCase(openid, input, now),
    write: async (tx, prepared) => ({ caseId: (await placeCase(tx, prepared, now))._id }),
  }, now);
  const opened = await docOrNull<CaseDoc>(db.collection(CASE_COLLECTION).doc(id));
  if (!opened) throw new Error(`case ${id} answered for request but not stored`);
  return opened;
}
