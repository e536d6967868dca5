// A person's details: masked in every staff view, shown in full only on a deliberate tap that is recorded
// and that an admin reads; the person downloads everything held about them, and nothing of anyone else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseView, StaffCaseView } from '#types/api/case-views';
import type { MyData, PersonalViewRecord } from '#types/api/personal-data';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { COMMENT_COLLECTION } from '#types/models/consultation';
import { DELIVERY_COLLECTION, NOTICE_PREFS_COLLECTION, NOTICE_READ_COLLECTION } from '#types/models/notice';
import { FOLLOW_COLLECTION } from '#types/models/project';
import { SERVICE_RATING_COLLECTION } from '#types/models/service';
import { VOTE_COLLECTION } from '#types/models/vote';
import { openidOf } from '../../emulator/gateway/personas';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';

let cloud: ProductCloud;
let n = 0;
const request = (): string => `personal-${String((n += 1)).padStart(4, "0")}`;

beforeAll(async () => {
  cloud = await startProductCloud({ at: '2026-06-10T10:00:00+08:00' });
});
afterAll(() => cloud.emulator.stop());
// A day per test: a person may open only so many cases a day.
beforeEach(() => cloud.emulator.clock.advance(86_400_000));

const PHONE = '13812345678';
const ID_NUMBER = '430102198001011234';
const APPLICANT_PHONE = '13987654321';
const ADDRESS = '清溪县石门乡石门村 12 号';
const EMAIL = 'wangxm@example.com';
const applicant = { type: 'person', name: '王小明', idNumber: ID_NUMBER, organisation: '', phone: APPLICANT_PHONE, address: ADDRESS, email: EMAIL };
const FULL_VALUES = [PHONE, ID_NUMBER, APPLICANT_PHONE, ADDRESS, EMAIL];

const ask = async (as: PersonaKey = 'citizenA', phone: string | null = PHONE): Promise<CaseView> => {
  const res = await cloud.call<CaseView>('public', 'submitCase', { requestId: request(), category: 'question', text: `村口公交站的站牌掉了（第 ${n} 处），什么时候修？`, phone }, as);
  if (!res.ok) throw new Error(res.message);
  return res.data;
};
const apply = async (as: PersonaKey = 'citizenA'): Promise<CaseView> => {
  const res = await cloud.call<CaseView>('public', 'applyDisclosure', { requestId: request(), applicant, description: `请公开石门乡第 ${n} 段通村路硬化工程的中标合同。`, purpose: '了解工程质量', form: 'electronic' }, as);
  if (!res.ok) throw new Error(res.message);
  return res.data;
};
/** Fails when any full value appears anywhere in what staff were sent. */
const expectMasked = (what: string, response: unknown): void => {
  const text = JSON.stringify(response);
  for (const value of FULL_VALUES) expect({ what, leaked: text.includes(value) ? value : null }).toEqual({ what, leaked: null });
};

describe('staff see personal details masked', () => {
  it('masks the phone, ID number, address and e-mail in every staff action that returns a case', async () => {
    const question = await ask();
    const disclosure = await apply();
    const answered = await ask();
    const walked: Record<string, unknown> = {
      listCases: await cloud.call('staff', 'listCases', {}, 'editor'),
      assignCase: await cloud.call('staff', 'assignCase', { id: question.id }, 'editor'),
      extendDisclosure: await cloud.call('staff', 'extendDisclosure', { id: disclosure.id, reason: '需要征求乡镇意见' }, 'editor'),
      requestSupplement: await cloud.call('staff', 'requestSupplement', { id: disclosure.id, note: '请写明是哪一年的合同' }, 'reviewer'),
      replyCase: await cloud.call('staff', 'replyCase', { id: answered.id, reply: '已安排维修，下周完成。', close: true }, 'editor'),
    };
    await cloud.call('public', 'supplementDisclosure', { id: disclosure.id, text: '2025 年的合同' }, 'citizenA');
    walked.decideDisclosure = await cloud.call('staff', 'decideDisclosure', { id: disclosure.id, decision: 'disclosed', reply: '予以公开，见附件。', documents: [] }, 'editor');
    walked.listClosedCases = await cloud.call('staff', 'listCases', { status: 'closed' }, 'admin');
    for (const [what, response] of Object.entries(walked)) {
      expect({ what, ok: (response as { ok: boolean }).ok }).toEqual({ what, ok: true });
      expectMasked(what, response);
    }
    // Every staff action declared to return a case is walked above (a new one fails here until it is).
    const source = readFileSync(join(__dirname, '..', '..', 'types', 'api', 'staff.ts'), 'utf8');
    const returningCases = [...source.matchAll(/^ {2}(\w+): defineAction<[^\n]*StaffCaseView/gm)].map((m) => m[1]);
    expect(returningCases.length).toBeGreaterThan(5);
    expect(returningCases.filter((action) => !(action as string in walked))).toEqual([]);
    const closed = walked.listClosedCases as { ok: true; data: { items: StaffCaseView[] } };
    const decided = closed.data.items.find((c) => c.id === disclosure.id);
    expect(decided?.disclosure?.applicant).toMatchObject({ name: '王小明', idNumber: '4301**********1234', phone: '139****4321', address: '清溪县***', email: 'w***@example.com' });
    expect(closed.data.items.find((c) => c.id === answered.id)?.phone).toBe('138****5678');
  });

  it('leaves the person their own details in full', async () => {
    const mine = await apply();
    const own = await cloud.call<CaseView>('public', 'getMyCase', { id: mine.id }, 'citizenA');
    expect(own.ok && own.data.disclosure?.applicant).toMatchObject({ idNumber: ID_NUMBER, phone: APPLICANT_PHONE, address: ADDRESS, email: EMAIL });
  });
});

describe('revealing a detail in full', () => {
  it('shows the value to an editor or reviewer, records who, when, which case and field (never the value), and an admin reads it', async () => {
    const question = await ask();
    const disclosure = await apply();
    expect(await cloud.call('staff', 'revealPersonal', { caseId: question.id, field: 'phone' }, 'editor')).toEqual({ ok: true, data: { value: PHONE } });
    cloud.emulator.clock.advance(60_000);
    expect(await cloud.call('staff', 'revealPersonal', { caseId: disclosure.id, field: 'applicant.idNumber' }, 'reviewer')).toEqual({ ok: true, data: { value: ID_NUMBER } });
    const entries = ((await cloud.db.collection(AUDIT_COLLECTION).where({ action: 'personal.view' }).get()) as { data: unknown[] }).data;
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expectMasked('audit entries', entries);

    const views = await cloud.call<{ items: PersonalViewRecord[]; nextCursor: string | null }>('staff', 'listPersonalViews', { limit: 1 }, 'admin');
    if (!views.ok) throw new Error(views.message);
    expect(views.data.items).toEqual([{ id: expect.any(String), at: expect.any(String), by: 'reviewer', trackingNo: disclosure.trackingNo, field: 'applicant.idNumber' }]);
    const next = await cloud.call<{ items: PersonalViewRecord[] }>('staff', 'listPersonalViews', { limit: 1, cursor: views.data.nextCursor }, 'admin');
    expect(next.ok && next.data.items).toEqual([expect.objectContaining({ by: 'editor', trackingNo: question.trackingNo, field: 'phone' })]);
    expect(new Date(views.data.items[0]?.at as string).getTime()).toBeGreaterThan(new Date(next.ok ? (next.data.items[0]?.at as string) : 0).getTime());
  });

  it.each([
    ['citizenA', 'PERMISSION_DENIED'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('refuses %s', async (as, code) => {
    const question = await ask();
    expect(await cloud.call('staff', 'revealPersonal', { caseId: question.id, field: 'phone' }, as)).toMatchObject({ ok: false, code });
  });

  it.each(['editor', 'reviewer', 'citizenA', 'anonymous'] as const)('shows the records of reveals to admins only (not %s)', async (as) => {
    expect(await cloud.call('staff', 'listPersonalViews', {}, as)).toMatchObject({ ok: false, code: as === 'anonymous' ? 'UNAUTHENTICATED' : 'PERMISSION_DENIED' });
  });

  it('answers an unknown case, a field the case lacks and a bad field clearly, recording nothing', async () => {
    const before = (await cloud.db.collection(AUDIT_COLLECTION).where({ action: 'personal.view' }).count()).total;
    const noPhone = await ask('citizenA', null);
    expect(await cloud.call('staff', 'revealPersonal', { caseId: 'no-such-case', field: 'phone' }, 'editor')).toEqual({ ok: false, code: 'NOT_FOUND', message: '事项不存在或已删除' });
    expect(await cloud.call('staff', 'revealPersonal', { caseId: noPhone.id, field: 'phone' }, 'editor')).toEqual({ ok: false, code: 'NOT_FOUND', message: '这件事的回电号码不存在或已删除' });
    expect(await cloud.call('staff', 'revealPersonal', { caseId: noPhone.id, field: 'applicant.idNumber' }, 'editor')).toEqual({ ok: false, code: 'NOT_FOUND', message: '这件事的证件号码不存在或已删除' });
    expect(await cloud.call('staff', 'revealPersonal', { caseId: noPhone.id, field: 'openid' }, 'editor')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect((await cloud.db.collection(AUDIT_COLLECTION).where({ action: 'personal.view' }).count()).total).toBe(before);
  });
});

describe('what the bureau holds about me', () => {
  it("gives the caller everything keyed to them (prefs, cases, comments, ratings, votes, follows, reads, messages), in full, and nothing of anyone else's", async () => {
    const me = openidOf('citizenB');
    const other = openidOf('citizenA');
    const at = cloud.now();
    const mineCase = await ask('citizenB');
    const mineDisclosure = await apply('citizenB');
    await cloud.db.collection(NOTICE_PREFS_COLLECTION).add({ data: { _id: me, topics: ['closure'], areas: ['石门乡'], townships: ['石门乡'], allAreas: false, mode: 'digest', consents: { case: { type: 'once', accepted: true, remaining: 2, at } }, updatedAt: at } });
    for (const [who, tag] of [[me, 'mine'], [other, 'theirs']] as const) {
      await cloud.db.collection(COMMENT_COLLECTION).add({ data: { _id: `comment-${tag}`, consultationId: 'c-1', section: 0, openid: who, text: `${tag} 的意见`, status: 'visible', hiddenReason: null, outcome: null, createdAt: at } });
      await cloud.db.collection(SERVICE_RATING_COLLECTION).add({ data: { _id: `rating-${tag}`, serviceId: 's-1', openid: who, level: 4, comment: `${tag} 的评价`, at, caseId: null } });
      await cloud.db.collection(VOTE_COLLECTION).add({ data: { _id: `qa:q-${tag}:${who}`, kind: 'qa', targetId: `q-${tag}`, openid: who, helpful: true, at } });
      await cloud.db.collection(FOLLOW_COLLECTION).add({ data: { _id: `${who}:project:p-${tag}`, openid: who, kind: 'project', targetId: `p-${tag}`, at } });
      await cloud.db.collection(NOTICE_READ_COLLECTION).add({ data: { _id: `${who}:n-${tag}`, openid: who, noticeId: `n-${tag}`, at } });
      await cloud.db.collection(DELIVERY_COLLECTION).add({ data: { _id: `d-${tag}`, jobId: 'job-1', openid: who, template: 'notice', status: 'sent', runId: null, claimedAt: null, leaseUntil: null, at, error: null, digest: null } });
    }
    const res = await cloud.call<MyData>('public', 'exportMyData', {}, 'citizenB');
    if (!res.ok) throw new Error(res.message);
    const data = res.data;
    expect(data.noticePrefs).toMatchObject({ topics: ['closure'], areas: ['石门乡'], mode: 'digest', consents: { case: { type: 'once', accepted: true, remaining: 2 } } });
    expect(data.cases.map((c) => c.id).sort()).toEqual([mineCase.id, mineDisclosure.id].sort());
    expect(data.cases.find((c) => c.id === mineCase.id)?.phone).toBe(PHONE);
    expect(data.cases.find((c) => c.id === mineDisclosure.id)?.disclosure?.applicant).toMatchObject({ idNumber: ID_NUMBER, address: ADDRESS, email: EMAIL });
    expect(data.comments.map((c) => c.text)).toEqual(['mine 的意见']);
    expect(data.ratings).toEqual([expect.objectContaining({ serviceId: 's-1', level: 4, comment: 'mine 的评价' })]);
    expect(data.votes).toEqual([expect.objectContaining({ kind: 'qa', targetId: 'q-mine', helpful: true })]);
    expect(data.follows).toEqual([expect.objectContaining({ kind: 'project', targetId: 'p-mine' })]);
    expect(data.noticeReads).toEqual([{ noticeId: 'n-mine', title: null, at: at.toISOString() }]);
    expect(data.messages).toEqual([{ template: 'notice', status: 'sent', at: at.toISOString() }]);
    expect(JSON.stringify(data)).not.toContain('theirs');
    expect(JSON.stringify(data)).not.toContain(other);
  });

  it('needs a signed-in user', async () => {
    expect(await cloud.call('public', 'exportMyData', {}, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});
