import type { CaseView, StaffCaseView } from '#types/api/case-views';
import type { AnsweredCase, CaseStatsWindow } from '#types/api/case-views';
import { CASE_COLLECTION, CASE_FOLD_COLLECTION, type CaseDoc } from '#types/models/case';
import { QUOTA_COLLECTION } from '#types/models/quota';
import { REQUEST_COLLECTION } from '#types/models/request';
import { addWorkingDays } from '../../cloudfunctions/_shared/time/working-days';
import { statsOf } from '../../cloudfunctions/public/queries/case-stats';
import { runJobsUntilDone } from '../support/run-jobs';
import { CONFIDENTIALITY } from '../support/workflow-steps';
import { CONFIDENTIALITY_REQUIRED } from '#types/models/confidentiality';
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
  // A fresh start for the person: their cases, and the counters, folds and answers kept beside them.
  for (const name of [CASE_COLLECTION, QUOTA_COLLECTION, CASE_FOLD_COLLECTION, REQUEST_COLLECTION]) {
    await cloud.db.collection(name).where({ _id: cloud.db.command.exists(true) }).remove();
  }
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
    expect(new Date(res.data.dueAt).getTime()).toBeGreaterThan(cloud.now().getTime() + 5 * 86_400_000);
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
    [{ text: '短' }, '「问题内容」至少 5 个字'],
    [{ text: '长'.repeat(1001) }, '「问题内容」最多 1000 个字'],
    [{ category: 'rumour' }, '「类别」的取值不在允许范围内'],
    [{ phone: '12345' }, '「手机号」格式不正确'],
  ])('rejects %j', async (payload, message) => {
    expect(await submit(payload)).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });

  it('needs a WeChat user, and limits how many a person opens in a day', async () => {
    expect(await submit({}, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    for (let i = 0; i < 10; i += 1) expect((await submit({ text: `第${i + 1}个问题：村口站牌什么时候修？` })).ok).toBe(true);
    expect(await submit({})).toMatchObject({ ok: false, code: 'RESOURCE_EXHAUSTED' });
  });
});

describe('following a case through to its answer', () => {
  it('lets staff reply and close, the person see it, and reopen it when not solved', async () => {
    const opened = await submit({ phone: '13800001234' });
    if (!opened.ok) throw new Error(opened.message);
    const queue = await cloud.call<{ items: StaffCaseView[] }>('staff', 'listCases', {}, 'reviewer');
    expect(queue.ok && queue.data.items[0]).toMatchObject({ id: opened.data.id, phone: '138****1234' }); // masked: revealPersonal shows it in full

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

describe('the rest of the loop', () => {
  it('folds the same words sent again by the same person into the open case', async () => {
    const first = await submit({});
    const again = await submit({ text: '村口公交站的站牌掉了 什么时候修' }); // same words, different spacing and punctuation
    expect(first.ok && again.ok && first.data.id === again.data.id).toBe(true);
    const other = await submit({}, 'citizenB');
    expect(other.ok && first.ok && other.data.id !== first.data.id).toBe(true);
    expect((await cloud.db.collection(CASE_COLLECTION).count()).total).toBe(2);
  });

  it('lets staff take a case; the person sees it is being handled, not by whom', async () => {
    const opened = await submit({});
    if (!opened.ok) throw new Error(opened.message);
    const taken = await cloud.call<StaffCaseView>('staff', 'assignCase', { id: opened.data.id }, 'editor');
    expect(taken.ok && [taken.data.status, taken.data.assignee]).toEqual(['assigned', 'editor']);
    const mine = await cloud.call<CaseView>('public', 'getMyCase', { id: opened.data.id }, 'citizenA');
    expect(mine.ok && mine.data.events.at(-1)).toMatchObject({ status: 'assigned', note: '已交由承办人员办理' });
    expect(JSON.stringify(mine.ok && mine.data)).not.toContain('editor');
    expect(await cloud.call('staff', 'assignCase', { id: opened.data.id }, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });

  it('shows answered questions publicly only with consent, with numbers and names masked', async () => {
    const agreed = await submit({ text: '我叫王小明，电话13912345678，村口站牌什么时候修？', consentPublic: true });
    const private_ = await submit({ text: '我家门口的路灯坏了，麻烦修一下。' });
    if (!agreed.ok || !private_.ok) throw new Error('submit failed');
    expect(await cloud.call('staff', 'replyCase', { id: private_.data.id, reply: '已报修。', makePublic: true, confidentiality: CONFIDENTIALITY }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    const answer = { id: agreed.data.id, reply: '本周内装好，可拨打 0571-88886666 询问。', makePublic: true };
    expect(await cloud.call('staff', 'replyCase', answer, 'editor')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: CONFIDENTIALITY_REQUIRED });
    expect((await cloud.call('staff', 'replyCase', { ...answer, confidentiality: CONFIDENTIALITY }, 'editor')).ok).toBe(true);
    expect((await cloud.db.collection(CASE_COLLECTION).doc(agreed.data.id).get()).data.confidentiality).toMatchObject({ ...CONFIDENTIALITY, by: 'o-local-editor' });
    const list = await cloud.call<{ items: AnsweredCase[] }>('public', 'listAnsweredCases', {}, 'anonymous');
    expect(list.ok && list.data.items).toEqual([
      expect.objectContaining({ id: agreed.data.id, text: '我叫**，电话[手机号已隐藏]，村口站牌什么时候修？', reply: '本周内装好，可拨打 [电话已隐藏] 询问。' }),
    ]);
  });

  it('asks some weeks after closing whether the answer helped, once', async () => {
    const opened = await submit({});
    if (!opened.ok) throw new Error(opened.message);
    await cloud.call('staff', 'replyCase', { id: opened.data.id, reply: '已修好。', close: true }, 'editor');
    expect(await cloud.call('public', 'answerFollowUp', { id: opened.data.id, solved: true }, 'citizenA')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    await cloud.db.collection(CASE_COLLECTION).doc(opened.data.id).update({ data: { closedAt: new Date(cloud.now().getTime() - 15 * 86_400_000) } });
    const due = await cloud.call<CaseView>('public', 'getMyCase', { id: opened.data.id }, 'citizenA');
    expect(due.ok && due.data.followUpDue).toBe(true);
    expect(await cloud.call('public', 'answerFollowUp', { id: opened.data.id, solved: false }, 'citizenB')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const answered = await cloud.call<CaseView>('public', 'answerFollowUp', { id: opened.data.id, solved: false }, 'citizenA');
    expect(answered.ok && [answered.data.followUpDue, answered.data.followUp]).toEqual([false, { solved: false }]);
  });

  it('lets an admin change a category’s reply clock, for new cases', async () => {
    expect(await cloud.call('staff', 'setCaseClocks', { days: { question: 5, suggestion: 5, complaint: 3, rating: 15 } }, 'editor')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'setCaseClocks', { days: { question: 5, suggestion: 5, complaint: 0, rating: 15 } }, 'admin')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect((await cloud.call('staff', 'setCaseClocks', { days: { question: 5, suggestion: 5, complaint: 3, rating: 15 } }, 'admin')).ok).toBe(true);
    const before = cloud.now().getTime();
    const complaint = await submit({ category: 'complaint', text: '公交车经常不按时发车。' });
    const due = complaint.ok ? new Date(complaint.data.dueAt).getTime() : 0;
    expect([addWorkingDays(new Date(before - 60_000), 3).getTime(), addWorkingDays(cloud.now(), 3).getTime()]).toContain(due);
    await cloud.call('staff', 'setCaseClocks', { days: { question: 5, suggestion: 5, complaint: 5, rating: 15 } }, 'admin');
  });

  it('reminds the person when the answer comes, on the consent they gave when asking', async () => {
    await runJobsUntilDone(cloud.emulator); // earlier replies in this file found no consent
    cloud.emulator.openapi.reset();
    await cloud.call('public', 'recordConsents', { results: [{ key: 'case', result: 'accept' }] }, 'citizenA');
    const opened = await submit({});
    if (!opened.ok) throw new Error(opened.message);
    await cloud.call('staff', 'replyCase', { id: opened.data.id, reply: '已安排维修。' }, 'editor');
    await runJobsUntilDone(cloud.emulator);
    const reminders = cloud.emulator.openapi.outbox.filter((e) => e.api === 'subscribeMessage.send' && e.params.template_id === 'local-template-case');
    expect(reminders.map((e) => [e.params.touser, e.errcode])).toEqual([['o-local-citizen-a', 0]]);

    // The one consent is used: the next answer reaches the app, not the phone.
    await cloud.call('staff', 'replyCase', { id: opened.data.id, reply: '已修好。', close: true }, 'editor');
    await runJobsUntilDone(cloud.emulator);
    expect(cloud.emulator.openapi.outbox.filter((e) => e.params.template_id === 'local-template-case')).toHaveLength(1);
  });
});

describe('public statistics', () => {
  const day = 86_400_000;
  const now = new Date('2026-11-20T12:00:00+08:00');
  const at = (daysAgo: number): Date => new Date(now.getTime() - daysAgo * day);
  const doc = (daysAgo: number, repliedAfterDays: number | null, category: CaseDoc['category'] = 'question'): CaseDoc => ({
    _id: `s-${daysAgo}-${repliedAfterDays}`, trackingNo: 'x', openid: 'o', category, text: 't', phone: null, related: null,
    status: repliedAfterDays === null ? 'received' : 'replied', events: [], reply: null, held: false,
    createdAt: at(daysAgo), dueAt: at(daysAgo - 7), updatedAt: at(0), firstRepliedAt: repliedAfterDays === null ? null : at(daysAgo - repliedAfterDays),
  });

  it('counts by category, takes the median reply time and the share answered on time', () => {
    const cases = [doc(2, 1), doc(5, 3, 'complaint'), doc(20, 10), doc(40, 2, 'suggestion'), doc(10, null), doc(1, null)];
    const month = statsOf(cases, '近 30 天', 30, now);
    expect(month).toMatchObject({ total: 5, byCategory: { question: 4, suggestion: 0, complaint: 1 }, replied: 3, medianReplyDays: 3 });
    // on time: replied within 7 days (2 of 3); the open case from 10 days ago is overdue; the one from yesterday is not judged yet
    expect(month.onTimeShare).toBe(0.5);
    expect(statsOf(cases, '近半年', 182, now)).toMatchObject({ total: 6, replied: 4, medianReplyDays: 2.5 });
  });

  it('is open to anyone through the public function', async () => {
    await submit({});
    const res = await cloud.call<{ windows: CaseStatsWindow[] }>('public', 'getCaseStats', {}, 'anonymous');
    expect(res.ok && res.data.windows.map((w) => w.label)).toEqual(['近 30 天', '近半年']);
  });
});

describe('photos on a case', () => {
  it('keeps up to 3 photos, shown to the person and staff as links', async () => {
    const fileId = cloud.emulator.storage.put('uploads/o-local-citizen-a/pothole.jpg', Buffer.from('jpeg'));
    const opened = await submit({ text: '石门村口路面有个大坑，请看照片。', photos: [fileId] });
    if (!opened.ok) throw new Error(opened.message);
    const mine = await cloud.call<CaseView>('public', 'getMyCase', { id: opened.data.id }, 'citizenA');
    expect(mine.ok && mine.data.photos).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//)]);
    const queue = await cloud.call<{ items: StaffCaseView[] }>('staff', 'listCases', {}, 'editor');
    expect(queue.ok && queue.data.items.find((c) => c.id === opened.data.id)?.photos).toHaveLength(1);
    expect(await submit({ photos: [fileId, fileId, fileId, fileId] })).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '「照片」最多 3 项' });
    expect(await submit({ photos: ['https://evil.example/x.jpg'] })).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });
});
