// Every channel in one queue: staff record what arrives by hotline, letter, e-mail or visit; it gets a tracking
// number and a clock from the day it was received, joins the staff queue, and the person can claim it in the app
// with the number and code they were given, after which the reply reaches them there.
import type { CaseView, StaffCaseView } from '#types/api/case-views';
import type { RecordedCase } from '#types/api/staff';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { CASE_COLLECTION, CLAIM_TRIES_PER_DAY, type CaseDoc } from '#types/models/case';
import { openidOf } from '../../emulator/gateway/personas';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';

// Monday 2026-06-08, 10:00 Beijing time; 2026-06-05 was a Friday.
const NOW = '2026-06-08T10:00:00+08:00';
let cloud: ProductCloud;
let n = 0;
const request = (): string => `record-${String((n += 1)).padStart(4, '0')}`;

beforeAll(async () => {
  cloud = await startProductCloud({ at: NOW });
});
afterAll(() => cloud.emulator.stop());

const letter = (overrides: Record<string, unknown> = {}) => ({ requestId: request(), channel: 'letter', receivedOn: '2026-06-05', category: 'complaint', text: '石门村到县城的班车经常晚点半小时以上。', phone: '13800005555', ...overrides });
const caseOf = async (id: string): Promise<CaseDoc> => ((await cloud.db.collection(CASE_COLLECTION).doc(id).get()) as { data: CaseDoc }).data;

async function record(input = letter()): Promise<RecordedCase> {
  const res = await cloud.call<RecordedCase>('staff', 'recordCase', input, 'editor');
  if (!res.ok) throw new Error(res.message);
  return res.data;
}

describe('recording a case from another channel', () => {
  it('gets a tracking number, a clock from the day received, a place in the queue, and an SMS with the claim code', async () => {
    const recorded = await record();
    expect(recorded.case).toMatchObject({ status: 'received', category: 'complaint', createdAt: '2026-06-04T16:00:00.000Z', phone: '138****5555' });
    // Five working days from Friday 5 June: due Friday 12 June.
    expect(recorded.case.dueAt.slice(0, 10)).toBe('2026-06-12');
    expect(recorded.case.trackingNo).toMatch(/^20260605-[A-Z0-9]{6}$/);
    expect(recorded.claimCode).toMatch(/^\d{6}$/);
    expect(recorded.smsText).toContain(`编号${recorded.case.trackingNo}，查询码${recorded.claimCode}`);
    expect(recorded.smsText.startsWith('【交通运输局】')).toBe(true);
    const stored = await caseOf(recorded.case.id);
    expect(stored).toMatchObject({ channel: 'letter', openid: '', recordedBy: openidOf('editor'), events: [{ note: '信件收到，已登记', by: 'staff' }] });
    const queue = await cloud.call<{ items: StaffCaseView[] }>('staff', 'listCases', {}, 'reviewer');
    expect(queue.ok && queue.data.items.some((c) => c.id === recorded.case.id)).toBe(true);
    const audit = (await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: recorded.case.id }).get()) as { data: { action: string }[] };
    expect(audit.data.map((a) => a.action)).toEqual(['case.record']);
  });

  it('is stored once however many times the same request arrives, with the same code', async () => {
    const input = letter({ channel: 'hotline', receivedOn: '2026-06-08' });
    const answers = await Promise.all(Array.from({ length: 8 }, () => cloud.call<RecordedCase>('staff', 'recordCase', input, 'editor')));
    const codes = new Set(answers.map((a) => (a.ok ? `${a.data.case.id}/${a.data.claimCode}` : a.code)));
    expect(codes.size).toBe(1);
    const [only] = [...codes];
    const stored = await caseOf(String(only).split('/')[0] as string);
    // Received today: the clock starts when it was recorded, not at midnight.
    expect(stored.createdAt.getTime() - new Date(NOW).getTime()).toBeGreaterThanOrEqual(0);
    expect(stored.createdAt.getTime() - new Date(NOW).getTime()).toBeLessThan(60_000);
  });

  it.each([
    [{ receivedOn: '2026-06-09' }, '收到日期不能晚于今天'],
    [{ receivedOn: '2026-04-30' }, '只能登记 30 天内收到的事项'],
    [{ receivedOn: '2026-02-30' }, '「收到日期」不是存在的日期，请检查月份和日'],
    [{ channel: 'app' }, '「来源」'],
    [{ text: '太短' }, '「内容」'],
  ])('refuses %j with a clear message and stores nothing', async (overrides, message) => {
    const before = (await cloud.db.collection(CASE_COLLECTION).count()) as { total: number };
    const res = await cloud.call('staff', 'recordCase', letter(overrides), 'editor');
    expect(res).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringContaining(message) });
    expect(((await cloud.db.collection(CASE_COLLECTION).count()) as { total: number }).total).toBe(before.total);
  });

  it.each([
    ['citizenA', 'PERMISSION_DENIED'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('is for staff only (not %s)', async (as, code) => {
    expect(await cloud.call('staff', 'recordCase', letter(), as)).toMatchObject({ ok: false, code });
  });
});

describe('claiming a recorded case in the app', () => {
  it('takes it into 我的提问 with the number and code, and the reply then reaches the person', async () => {
    const recorded = await record();
    const claim = await cloud.call<CaseView>('public', 'claimCase', { trackingNo: recorded.case.trackingNo.toLowerCase(), code: recorded.claimCode }, 'citizenA');
    expect(claim).toMatchObject({ ok: true, data: { id: recorded.case.id, text: '石门村到县城的班车经常晚点半小时以上。' } });
    const mine = await cloud.call<{ items: CaseView[] }>('public', 'listMyCases', {}, 'citizenA');
    expect(mine.ok && mine.data.items.map((c) => c.id)).toContain(recorded.case.id);
    // Claiming again is harmless; someone else cannot take it (and the code no longer works at all).
    expect(await cloud.call('public', 'claimCase', { trackingNo: recorded.case.trackingNo, code: recorded.claimCode }, 'citizenA')).toMatchObject({ ok: true });
    expect(await cloud.call('public', 'claimCase', { trackingNo: recorded.case.trackingNo, code: recorded.claimCode }, 'citizenB')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    const replied = await cloud.call('staff', 'replyCase', { id: recorded.case.id, reply: '已要求客运公司整改发车时间。' }, 'editor');
    expect(replied.ok).toBe(true);
    const stored = await caseOf(recorded.case.id);
    expect(stored).toMatchObject({ openid: openidOf('citizenA'), claimCode: null, status: 'replied' });
    const reminders = (await cloud.db.collection('notice_sends').doc(`case-${recorded.case.id}-${stored.events.length}`).get()) as { data: { target: { person: string } } };
    expect(reminders.data.target.person).toBe(openidOf('citizenA'));
  });

  it('replies to an unclaimed case without a reminder to nobody', async () => {
    const recorded = await record();
    expect((await cloud.call('staff', 'replyCase', { id: recorded.case.id, reply: '已转交客运公司。' }, 'editor')).ok).toBe(true);
    const stored = await caseOf(recorded.case.id);
    expect(stored.status).toBe('replied');
    const reminder = (await cloud.db.collection('notice_sends').where({ _id: `case-${recorded.case.id}-${stored.events.length}` }).get()) as { data: unknown[] };
    expect(reminder.data).toEqual([]);
  });

  it('says the same for a wrong number or a wrong code, and stops guessing after the day’s tries', async () => {
    const recorded = await record();
    const wrongCode = String((Number(recorded.claimCode) + 1) % 1_000_000).padStart(6, '0');
    const wrong = { ok: false, code: 'NOT_FOUND', message: '编号或查询码不对，请核对后再试' };
    expect(await cloud.call('public', 'claimCase', { trackingNo: recorded.case.trackingNo, code: wrongCode }, 'citizenB')).toEqual(wrong);
    expect(await cloud.call('public', 'claimCase', { trackingNo: '20260605-ZZZZZZ', code: recorded.claimCode }, 'citizenB')).toEqual(wrong);
    for (let i = 2; i < CLAIM_TRIES_PER_DAY; i++) await cloud.call('public', 'claimCase', { trackingNo: recorded.case.trackingNo, code: wrongCode }, 'citizenB');
    expect(await cloud.call('public', 'claimCase', { trackingNo: recorded.case.trackingNo, code: recorded.claimCode }, 'citizenB')).toMatchObject({ ok: false, code: 'RESOURCE_EXHAUSTED' });
    expect((await caseOf(recorded.case.id)).openid).toBe('');
  });

  it.each([
    [{ trackingNo: '2026-ABC', code: '123456' }, '编号应形如 20261130-ABC234'],
    [{ trackingNo: '20260605-ABC234', code: '12ab' }, '查询码是 6 位数字'],
  ])('refuses a malformed %j', async (payload, message) => {
    expect(await cloud.call('public', 'claimCase', payload, 'citizenA')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringContaining(message) });
  });
});

describe('办理公开 statistics', () => {
  it('count recorded cases by the channel they came through', async () => {
    const stats = await cloud.call<{ windows: { days: number; byChannel: Record<string, number>; total: number }[] }>('public', 'getCaseStats', {}, 'anonymous');
    if (!stats.ok) throw new Error(stats.message);
    const month = stats.data.windows.find((w) => w.days === 30);
    expect(month?.byChannel).toEqual({ app: 0, hotline: 1, letter: 4, email: 0, visit: 0 });
    expect(month?.total).toBe(5);
  });
});
