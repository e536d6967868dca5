import type { CaseView, StaffCaseView } from '#types/api/case-views';
import { CASE_COLLECTION } from '#types/models/case';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';

let cloud: ProductCloud;
let n = 0;
const request = (): string => `req-${Date.now()}-${(n += 1)}`;

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());
beforeEach(async () => {
  cloud.emulator.openapi.reset();
  await cloud.db.collection(CASE_COLLECTION).where({ openid: cloud.db.command.exists(true) }).remove();
});

const submit = (payload: Record<string, unknown>, as: 'citizenA' | 'citizenB' | 'anonymous' = 'citizenA') =>
  cloud.call<CaseView>('public', 'submitCase', { requestId: request(), category: 'question', text: '村口公交站的站牌掉了，什么时候修？', ...payload }, as);

describe('asking a question or giving feedback', () => {
  it('gives a tracking number, a reply deadline in working days, and a status history', async () => {
    const res = await submit({ phone: '13800001234' });
    if (!res.ok) throw new Error(res.message);
    expect(res.data.trackingNo).toMatch(/^\d{8}-[A-Z2-9]{6}$/);
    expect(res.data.status).toBe('received');
    expect(res.data.events).toEqual([expect.objectContaining({ status: 'received', by: 'citizen' })]);
    expect(new Date(res.data.dueAt).getTime()).toBeGreaterThan(Date.now() + 5 * 86_400_000);
    expect(JSON.stringify(res.data)).not.toContain('13800001234'); // the phone is for staff only
    expect(cloud.emulator.openapi.outbox.map((o) => o.api)).toEqual(['security.msgSecCheck']);
  });

  it('stores a submission once, however often it is retried', async () => {
    const requestId = request();
    const payload = { requestId, category: 'suggestion', text: '建议在石门村增设一个公交站点。' };
    const first = await cloud.call<CaseView>('public', 'submitCase', payload, 'citizenA');
    const again = await cloud.call<CaseView>('public', 'submitCase', payload, 'citizenA');
    expect(first.ok && again.ok && first.data.id === again.data.id).toBe(true);
    expect((await cloud.db.collection(CASE_COLLECTION).count()).total).toBe(1);
  });

  it('refuses risky text with a clear message and stores nothing', async () => {
    expect(await submit({ text: '这里有网络赌博广告链接' })).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '内容含有不适宜的信息，请修改后再提交' });
    expect((await cloud.db.collection(CASE_COLLECTION).count()).total).toBe(0);
  });

  it('keeps the case but holds it for staff when the content check fails', async () => {
    cloud.emulator.openapi.failNext('security.msgSecCheck', 45009);
    const res = await submit({});
    expect(res.ok).toBe(true);
    const staff = await cloud.call<{ items: StaffCaseView[] }>('staff', 'listCases', {}, 'editor');
    expect(staff.ok && staff.data.items[0]?.held).toBe(true);
  });

  it.each([
    [{ text: '短' }, '「text」至少 5 个字'],
    [{ text: '长'.repeat(1001) }, '「text」最多 1000 个字'],
    [{ category: 'rumour' }, '「category」的取值不在允许范围内'],
    [{ phone: '12345' }, '「phone」格式不正确'],
  ])('rejects %j', async (payload, message) => {
    expect(await submit(payload)).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });

  it('needs a WeChat user, and limits how many a person opens in a day', async () => {
    expect(await submit({}, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    for (let i = 0; i < 10; i += 1) expect((await submit({})).ok).toBe(true);
    expect(await submit({})).toMatchObject({ ok: false, code: 'RESOURCE_EXHAUSTED' });
  });
});

describe('following a case through to its answer', () => {
  it('lets staff reply and close, the person see it, and reopen it when not solved', async () => {
    const opened = await submit({ phone: '13800001234' });
    if (!opened.ok) throw new Error(opened.message);
    const queue = await cloud.call<{ items: StaffCaseView[] }>('staff', 'listCases', {}, 'reviewer');
    expect(queue.ok && queue.data.items[0]).toMatchObject({ id: opened.data.id, phone: '13800001234' });

    expect(await cloud.call('staff', 'replyCase', { id: opened.data.id, reply: '已安排城关镇在本周内重新安装站牌。', close: true }, 'editor')).toMatchObject({ ok: true, data: { status: 'closed' } });
    const mine = await cloud.call<CaseView>('public', 'getMyCase', { id: opened.data.id }, 'citizenA');
    expect(mine.ok && [mine.data.status, mine.data.reply]).toEqual(['closed', '已安排城关镇在本周内重新安装站牌。']);
    expect(await cloud.call('staff', 'replyCase', { id: opened.data.id, reply: '再补充一句' }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });

    const reopened = await cloud.call<CaseView>('public', 'reopenMyCase', { id: opened.data.id, note: '过了两周还没装' }, 'citizenA');
    expect(reopened.ok && reopened.data.events.map((e) => e.status)).toEqual(['received', 'closed', 'received']);
  });

  it('keeps each person’s cases their own', async () => {
    const opened = await submit({});
    if (!opened.ok) throw new Error(opened.message);
    expect(await cloud.call('public', 'getMyCase', { id: opened.data.id }, 'citizenB')).toEqual({ ok: false, code: 'NOT_FOUND', message: '事项不存在或已删除' });
    expect(await cloud.call('public', 'reopenMyCase', { id: opened.data.id, note: '冒充他人' }, 'citizenB')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const listB = await cloud.call<{ items: CaseView[] }>('public', 'listMyCases', {}, 'citizenB');
    expect(listB.ok && listB.data.items).toEqual([]);
    const listA = await cloud.call<{ items: CaseView[] }>('public', 'listMyCases', {}, 'citizenA');
    expect(listA.ok && listA.data.items.map((c) => c.id)).toEqual([opened.data.id]);
  });

  it('keeps citizens out of the staff queue', async () => {
    expect(await cloud.call('staff', 'listCases', {}, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'replyCase', { id: 'x', reply: '冒充答复' }, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });
});
