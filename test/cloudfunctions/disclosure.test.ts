import type { AnsweredCase, CaseView, StaffCaseView } from '#types/api/case-views';
import { CASE_COLLECTION } from '#types/models/case';
import { addWorkingDays } from '../../cloudfunctions/_shared/time/working-days';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';

let cloud: ProductCloud;
let n = 0;
const request = (): string => `dis-${Date.now()}-${(n += 1)}`;

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

const applicant = { type: 'person', name: '王小明', idNumber: '33012219800101123x', organisation: '', phone: '13912345678', address: '清溪县石门乡石门村 12 号', email: '' };
const apply = (overrides: Record<string, unknown> = {}, description = '请公开石门乡通村路硬化工程的招标文件和中标合同。') =>
  cloud.call<CaseView>('public', 'applyDisclosure', { requestId: request(), applicant, description, purpose: '了解村道工程质量要求', form: 'electronic', ...overrides }, 'citizenA');
const staffView = async (id: string): Promise<StaffCaseView | undefined> => {
  const queue = await cloud.call<{ items: StaffCaseView[] }>('staff', 'listCases', {}, 'editor');
  return queue.ok ? queue.data.items.find((c) => c.id === id) : undefined;
};
const sameDay = (a: string | Date, b: Date): boolean => new Date(a).toISOString().slice(0, 10) === b.toISOString().slice(0, 10);

describe('依申请公开', () => {
  it('opens a 20-working-day case whose applicant details only the applicant and staff see', async () => {
    const before = cloud.now();
    const res = await apply();
    if (!res.ok) throw new Error(res.message);
    expect(res.data).toMatchObject({ category: 'disclosure', status: 'received', disclosure: { applicant: { name: '王小明', idNumber: '33012219800101123X' }, form: 'electronic' } });
    expect(sameDay(res.data.dueAt, addWorkingDays(before, 20))).toBe(true);
    expect(await cloud.call('public', 'getMyCase', { id: res.data.id }, 'citizenB')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await staffView(res.data.id))?.disclosure?.applicant.phone).toBe('139****5678'); // masked for staff until revealed
    const answered = await cloud.call<{ items: AnsweredCase[] }>('public', 'listAnsweredCases', {}, 'anonymous');
    expect(JSON.stringify(answered)).not.toContain('王小明');
  });

  it.each([
    [{ applicant: { ...applicant, type: 'organisation' } }, '法人或其他组织申请，请填写单位名称'],
    [{ applicant: { ...applicant, idNumber: '12345' } }, '证件号码应为 18 位身份证号或统一社会信用代码'],
    [{ form: 'fax' }, '「获取方式」的取值不在允许范围内'],
  ])('refuses %j with a clear message', async (override, message) => {
    expect(await apply(override)).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });

  it('extends once by 20 working days with a reason the applicant reads', async () => {
    const res = await apply({}, '请公开 2025 年全县农村公路养护资金分配明细。');
    if (!res.ok) throw new Error(res.message);
    const extended = await cloud.call<StaffCaseView>('staff', 'extendDisclosure', { id: res.data.id, reason: '需要征求乡镇意见' }, 'editor');
    expect(extended.ok && sameDay(extended.data.dueAt, addWorkingDays(new Date(res.data.dueAt), 20))).toBe(true);
    expect(await cloud.call('staff', 'extendDisclosure', { id: res.data.id, reason: '还需要时间' }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '答复期限只能延长一次' });
    const mine = await cloud.call<CaseView>('public', 'getMyCase', { id: res.data.id }, 'citizenA');
    expect(mine.ok && mine.data.events.at(-1)?.note).toBe('延期 20 个工作日答复：需要征求乡镇意见');
  });

  it('stops the clock for a supplement and starts it again from the supplement', async () => {
    const res = await apply({}, '请公开下洋溪桥加固工程的检测报告。');
    if (!res.ok) throw new Error(res.message);
    const asked = await cloud.call<StaffCaseView>('staff', 'requestSupplement', { id: res.data.id, note: '请写明是哪一年的检测报告' }, 'reviewer');
    expect(asked.ok && [asked.data.status, asked.data.overdue]).toEqual(['supplement', false]);
    expect(await cloud.call('staff', 'requestSupplement', { id: res.data.id, note: '再补充一点' }, 'reviewer')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    const supplied = await cloud.call<CaseView>('public', 'supplementDisclosure', { id: res.data.id, text: '2026 年的' }, 'citizenA');
    expect(supplied.ok && supplied.data.status).toBe('received');
    expect(supplied.ok && sameDay(supplied.data.dueAt, addWorkingDays(cloud.now(), 20))).toBe(true);
    expect(await cloud.call('public', 'supplementDisclosure', { id: res.data.id, text: '再说一次' }, 'citizenA')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
  });

  it('allows a supplement request only within 7 working days of receipt', async () => {
    const res = await apply({}, '请公开县公交公司 2025 年运营补贴的核算依据。');
    if (!res.ok) throw new Error(res.message);
    await cloud.db.collection(CASE_COLLECTION).doc(res.data.id).update({ data: { createdAt: new Date(cloud.now().getTime() - 20 * 86_400_000) } });
    expect(await cloud.call('staff', 'requestSupplement', { id: res.data.id, note: '请写明年份' }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '收到申请 7 个工作日后不能再要求补正' });
  });

  it('flags near-due applications to staff, and answers with a decision type', async () => {
    const res = await apply({}, '请公开高铁站公交枢纽的用地批复。');
    if (!res.ok) throw new Error(res.message);
    await cloud.db.collection(CASE_COLLECTION).doc(res.data.id).update({ data: { dueAt: addWorkingDays(cloud.now(), 2) } });
    expect((await staffView(res.data.id))?.nearDue).toBe(true);
    expect(await cloud.call('staff', 'replyCase', { id: res.data.id, reply: '已公开。' }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    const fileId = cloud.emulator.storage.put('staff/o-local-editor/land.pdf', Buffer.from('%PDF'));
    const decided = await cloud.call<StaffCaseView>('staff', 'decideDisclosure', { id: res.data.id, decision: 'partial', reply: '用地批复予以公开，涉及个人信息的附件不予公开。', documents: [{ name: '用地批复.pdf', fileId }] }, 'editor');
    expect(decided.ok && [decided.data.status, decided.data.disclosure?.decision?.type, decided.data.disclosure?.decision?.documents.length]).toEqual(['closed', 'partial', 1]);
    const mine = await cloud.call<CaseView>('public', 'getMyCase', { id: res.data.id }, 'citizenA');
    expect(mine.ok && mine.data.disclosure?.decision?.documents[0]?.name).toBe('用地批复.pdf');
    expect(await cloud.call('staff', 'decideDisclosure', { id: res.data.id, decision: 'disclosed', reply: '再次答复。' }, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });
});

describe('the clock through extension, supplement and restart', () => {
  it('keeps an extension granted before a supplement request when the clock restarts, and allows no second one', async () => {
    // Friday 9 October 2026, after the National Day holiday (Saturday 10 October is a make-up working day).
    cloud.emulator.clock.set('2026-10-09T10:00:00+08:00');
    const res = await apply({}, '请公开2026年石门乡农村公路养护资金的分配明细。');
    if (!res.ok) throw new Error(res.message);
    expect(res.data.dueAt).toBe('2026-11-05T15:59:59.999Z');
    const extended = await cloud.call<StaffCaseView>('staff', 'extendDisclosure', { id: res.data.id, reason: '需要向乡镇调取原始凭证' }, 'editor');
    expect(extended.ok && extended.data.dueAt).toBe('2026-12-03T15:59:59.999Z');
    expect(await cloud.call<StaffCaseView>('staff', 'requestSupplement', { id: res.data.id, note: '请写明是哪个村的养护资金' }, 'editor')).toMatchObject({ ok: true, data: { status: 'supplement' } });

    // Supplied on Monday 12 October: 20 + 20 working days from then.
    cloud.emulator.clock.set('2026-10-12T09:00:00+08:00');
    const supplied = await cloud.call<CaseView>('public', 'supplementDisclosure', { id: res.data.id, text: '石门村' }, 'citizenA');
    expect(supplied.ok && supplied.data.dueAt).toBe('2026-12-07T15:59:59.999Z');
    expect(await cloud.call('staff', 'extendDisclosure', { id: res.data.id, reason: '还需要再延长一次' }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '答复期限只能延长一次' });
    const history = supplied.ok ? supplied.data.events.map((e) => e.status) : [];
    expect(history).toEqual(['received', 'received', 'supplement', 'received']);
  });

  it('without an extension the restarted clock is 20 working days from the supplement', async () => {
    cloud.emulator.clock.set('2026-10-09T10:00:00+08:00');
    const res = await apply({}, '请公开2026年城关镇公交站亭建设的验收资料。');
    if (!res.ok) throw new Error(res.message);
    await cloud.call('staff', 'requestSupplement', { id: res.data.id, note: '请写明是哪个站亭' }, 'editor');
    cloud.emulator.clock.set('2026-10-12T09:00:00+08:00');
    const supplied = await cloud.call<CaseView>('public', 'supplementDisclosure', { id: res.data.id, text: '人民路站' }, 'citizenA');
    expect(supplied.ok && supplied.data.dueAt).toBe('2026-11-09T15:59:59.999Z');
  });
});
