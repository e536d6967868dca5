// Village-board posters, their scans, and village liaisons: a poster carries a mini-program code whose scene
// is its id; a scan is counted through the same recordOpen as an SMS link's open (counts only); a liaison
// confirms 已张贴 / 已广播 for their own villages, and the notice's offline report shows it.
import type { LiaisonTask, OfflineReport, PosterLanding, PosterScanReport, PosterSheet, PosterView } from '#types/api/posters';
import type { StaffReminder } from '#types/api/holiday-calendar';
import { openidOf } from '../../emulator/gateway/personas';
import { noticeInput, policyInput, prefsDoc } from '../support/builders';
import { runJobs } from '../support/run-jobs';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

const T0 = '2026-06-03T10:00:00+08:00';
const HOUR = 3_600_000;
let cloud: ProductCloud;
let policyId: string;
let noticeId: string;
let n = 0;
const request = (): string => `posters-${String((n += 1)).padStart(4, '0')}`;
const LIAISON = 'citizenB';
const photo = (owner: string): string => `cloud://local-env/staff/${owner}/board-${n}.jpg`;

beforeAll(async () => {
  cloud = await startProductCloud({ at: T0 });
  policyId = (await publish(cloud, 'policy', policyInput({ title: '农村公路养护办法', summary: '村道坏了找村委会。小修三天内修好。大修由乡镇报县里安排。' }))).targetId;
  noticeId = (await publish(cloud, 'notice', noticeInput({ title: 'S205上坪段封闭施工', township: '石门乡', village: '上坪村' }))).targetId;
  const set = await cloud.call('staff', 'setRoles', { openid: openidOf(LIAISON), name: '上坪信息员', roles: ['liaison'], villages: ['石门乡/上坪村'] }, 'admin');
  if (!set.ok) throw new Error(set.message);
});
afterAll(() => cloud.emulator.stop());

async function ok<T>(fn: string, action: string, payload: unknown, as: PersonaKey): Promise<T> {
  const res = await cloud.call<T>(fn, action, payload, as);
  if (!res.ok) throw new Error(`${action}: ${res.code} ${res.message}`);
  return res.data;
}
const makePoster = (payload: Record<string, unknown>, as: PersonaKey = 'editor') => ok<PosterView>('staff', 'makePoster', { requestId: request(), ...payload }, as);
const scan = (id: string) => cloud.call('public', 'recordOpen', { src: `poster.${id}` }, 'anonymous');

describe('posters', () => {
  it('print a published item for one village board: title, plain points, the bureau, the code with the poster id as scene', async () => {
    const sheet = await makePoster({ refId: policyId, township: '石门乡', village: '上坪村' });
    expect(sheet).toMatchObject({ subject: 'item', kind: 'policy', title: '农村公路养护办法', area: '石门乡/上坪村', scans: 0, day: '2026-06-03', bureau: { name: '县交通运输局' }, createdByName: 'editor' });
    expect(sheet.points.slice(0, 3)).toEqual(['县道县管、乡道乡管、村道村管', '发现坑洼可以在小程序反映', '村道坏了找村委会']);
    expect(sheet.points.length).toBeLessThanOrEqual(5);
    expect(cloud.emulator.openapi.outbox.filter((o) => o.api === 'wxacode.getUnlimited')).toHaveLength(0); // the code is asked for when drawn
    const drawn = await ok<PosterSheet>('staff', 'getPoster', { id: sheet.id }, 'reviewer');
    expect(drawn).toMatchObject({ id: sheet.id, title: sheet.title, points: sheet.points });
    expect(Buffer.from(drawn.codePng, 'base64').subarray(1, 4).toString()).toBe('PNG');
    const code = cloud.emulator.openapi.outbox.filter((o) => o.api === 'wxacode.getUnlimited').at(-1);
    expect(code?.params).toMatchObject({ scene: sheet.id, page: 'more/poster/index' });
    expect(String(code?.params.scene).length).toBeLessThanOrEqual(32);
  });

  it('count scans per poster and per village, and name the villages whose posters nobody scanned', async () => {
    const scanned = await makePoster({ refId: noticeId, township: '石门乡', village: '上坪村' });
    const silent = await makePoster({ refId: policyId, township: '岭口乡', village: '白沙村' });
    expect(await scan(scanned.id)).toEqual({ ok: true, data: { counted: true } });
    expect(await scan(scanned.id)).toEqual({ ok: true, data: { counted: true } });
    expect(await cloud.call('public', 'recordOpen', { src: 'poster.nothere12345' }, 'anonymous')).toEqual({ ok: true, data: { counted: false } });
    const report = await ok<PosterScanReport>('staff', 'listPosterScans', {}, 'reviewer');
    expect(report.posters.find((p) => p.id === scanned.id)?.scans).toBe(2);
    expect(report.posters.find((p) => p.id === silent.id)?.scans).toBe(0);
    expect(report.areas.find((a) => a.area === '石门乡/上坪村')).toMatchObject({ scans: 2 });
    expect(report.silent).toEqual(['岭口乡/白沙村']);
    const forNotice = await ok<PosterScanReport>('staff', 'listPosterScans', { refId: noticeId }, 'editor');
    expect(forNotice.posters.map((p) => p.id)).toEqual([scanned.id]);
    // Counts only: the poster holds a number, never who scanned.
    const stored = (await cloud.db.collection('posters').doc(scanned.id).get()) as { data: Record<string, unknown> };
    expect(stored.data.scans).toBe(2);
    expect(JSON.stringify(stored.data)).not.toContain('o-local-citizen');
  });

  it('open the item through its code, and say so when the item was withdrawn since', async () => {
    const sheet = await makePoster({ refId: policyId, township: '城关镇', village: '岭下村' });
    expect(await ok<PosterLanding>('public', 'openPoster', { id: sheet.id }, 'anonymous')).toEqual({ state: 'open', title: '农村公路养护办法', path: `/pages/policy/index?id=${policyId}` });
    const gone = (await publish(cloud, 'notice', noticeInput({ title: '临时交通管制' }))).targetId;
    const poster = await makePoster({ refId: gone, township: '城关镇', village: null });
    await ok('staff', 'withdrawItem', { kind: 'notice', targetId: gone, reason: '施工取消' }, 'reviewer');
    expect(await ok<PosterLanding>('public', 'openPoster', { id: poster.id }, 'anonymous')).toEqual({ state: 'withdrawn', title: '临时交通管制', note: '施工取消', replacement: null });
    expect(await cloud.call('staff', 'makePoster', { requestId: request(), refId: gone, township: '城关镇' }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '只能为已发布的内容制作海报：这条内容还没有发布，或已撤回' });
  });

  it('link a superseded policy’s poster to the policy that replaced it', async () => {
    const old = (await publish(cloud, 'policy', policyInput({ title: '旧养护办法' }))).targetId;
    const poster = await makePoster({ refId: old, township: '石门乡', village: '上坪村' });
    const next = (await publish(cloud, 'policy', policyInput({ title: '新养护办法', replaces: old }))).targetId;
    expect(await ok<PosterLanding>('public', 'openPoster', { id: poster.id }, 'anonymous')).toMatchObject({ state: 'withdrawn', replacement: { title: '新养护办法', path: `/pages/policy/index?id=${next}` } });
  });

  it('make a 本村公开栏 sheet listing this month’s notices for the village', async () => {
    const sheet = await makePoster({ township: '石门乡', village: '上坪村' });
    expect(sheet).toMatchObject({ subject: 'board', title: '本村公开栏 · 上坪村', month: '2026-06' });
    expect(sheet.points).toContain('S205上坪段封闭施工');
    const landing = await ok<PosterLanding>('public', 'openPoster', { id: sheet.id }, 'anonymous');
    expect(landing).toMatchObject({ state: 'board', area: '石门乡/上坪村' });
    expect(landing.state === 'board' && landing.items.find((i) => i.title === 'S205上坪段封闭施工')?.path).toBe(`/pages/notice/index?id=${noticeId}`);
    expect(await cloud.call('staff', 'makePoster', { requestId: request(), township: '大坪乡', village: '梅溪村' }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: expect.stringContaining('本月还没有涉及梅溪村') });
  });

  it.each([
    [{ refId: 'not-published', township: '石门乡' }, 'FAILED_PRECONDITION', '只能为已发布的内容制作海报'],
    [{ township: '火星乡' }, 'INVALID_ARGUMENT', '火星乡'],
  ])('refuse %j with a clear message', async (payload, code, message) => {
    expect(await cloud.call('staff', 'makePoster', { requestId: request(), ...payload }, 'editor')).toMatchObject({ ok: false, code, message: expect.stringContaining(message) });
  });

  it('are made by office staff only', async () => {
    expect(await cloud.call('staff', 'makePoster', { requestId: request(), refId: policyId, township: '石门乡' }, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'makePoster', { requestId: request(), refId: policyId, township: '石门乡' }, LIAISON)).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });
});

describe('village liaisons', () => {
  it('are added by an admin for villages on the list, never a township or an unknown place', async () => {
    const set = (villages: string[], roles = ['liaison']) => cloud.call('staff', 'setRoles', { openid: 'o-liaison-extra', name: '信息员', roles, villages }, 'admin');
    expect(await set([])).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '村级信息员至少要负责一个村' });
    expect(await set(['石门乡'])).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringContaining('请选择具体的村') });
    expect(await set(['石门乡/火星村'])).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await set(['石门乡/上坪村'], ['editor'])).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '只有村级信息员需要选择负责的村' });
    expect(await set(['石门乡/上坪村', '岭口乡/白沙村'])).toMatchObject({ ok: true, data: { roles: ['liaison'], villages: ['石门乡/上坪村', '岭口乡/白沙村'] } });
  });

  it('keep their villages, and the villages with posters, on the county’s list: an admin cannot drop them', async () => {
    const places = await ok<{ townships: { id: string; name: string; order: number; villages: { name: string; retired: boolean }[] }[] }>('public', 'listPlaces', {}, 'admin');
    const lingkou = places.townships.find((t) => t.name === '岭口乡');
    const shimen = places.townships.find((t) => t.name === '石门乡');
    if (!lingkou || !shimen) throw new Error('demo places missing');
    const drop = (t: typeof lingkou, village: string) => cloud.call('staff', 'savePlace', { id: t.id, name: t.name, order: t.order, villages: t.villages.filter((v) => v.name !== village) }, 'admin');
    expect(await drop(lingkou, '白沙村')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: expect.stringContaining('1 张公开栏海报、1 位村级信息员') });
    expect(await drop(shimen, '竹林村')).toMatchObject({ ok: true });
  });

  it('see the notices and posters for their villages, and a poster elsewhere is not theirs', async () => {
    const tasks = await ok<{ items: LiaisonTask[]; villages: string[] }>('staff', 'listLiaisonTasks', {}, LIAISON);
    expect(tasks.villages).toEqual(['石门乡/上坪村']);
    const task = tasks.items.find((t) => t.refId === noticeId);
    expect(task).toMatchObject({ kind: 'notice', area: '石门乡/上坪村', overdue: false, scriptPath: `/more/broadcast/index?id=${noticeId}`, confirmed: {} });
    expect(task?.posterIds.length).toBe(1);
    expect(tasks.items.every((t) => t.area === '石门乡/上坪村')).toBe(true);
    expect(await cloud.call('staff', 'getPoster', { id: task?.posterIds[0] }, LIAISON)).toMatchObject({ ok: true, data: { refId: noticeId } });
    const elsewhere = await makePoster({ refId: policyId, township: '下洋镇', village: '湖边村' });
    expect(await cloud.call('staff', 'getPoster', { id: elsewhere.id }, LIAISON)).toMatchObject({ ok: false, code: 'PERMISSION_DENIED', message: expect.stringContaining('不在你负责的村里') });
    expect(await cloud.call('staff', 'listLiaisonTasks', {}, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });

  it('confirm 已张贴 with their own photo, only for their villages; the notice’s offline report shows it with the scans', async () => {
    const me = openidOf(LIAISON);
    const confirm = (payload: Record<string, unknown>) => cloud.call('staff', 'confirmDelivery', { refId: noticeId, area: '石门乡/上坪村', action: 'posted', photo: photo(me), doneAt: new Date(Date.parse(T0) + HOUR).toISOString(), ...payload }, LIAISON);
    cloud.emulator.clock.set(new Date(Date.parse(T0) + 2 * HOUR));
    expect(await confirm({ area: '岭口乡/白沙村' })).toMatchObject({ ok: false, code: 'PERMISSION_DENIED', message: '「岭口乡/白沙村」不在你负责的村里，只能确认自己负责的村' });
    expect(await confirm({ photo: photo(openidOf('citizenA')).replace('/staff/', '/uploads/') })).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await confirm({ photo: photo(openidOf('editor')) })).toMatchObject({ ok: false, code: 'PERMISSION_DENIED', message: '请上传你自己拍的照片' });
    expect(await confirm({ doneAt: new Date(Date.parse(T0) + 3 * HOUR).toISOString() })).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '张贴或广播时间不能晚于现在' });
    expect(await confirm({ refId: policyId, area: '石门乡/上坪村' })).toMatchObject({ ok: true }); // the policy has a poster for 上坪村
    expect(await confirm({})).toMatchObject({ ok: true, data: { refId: noticeId, area: '石门乡/上坪村', action: 'posted', doneAt: new Date(Date.parse(T0) + HOUR).toISOString() } });
    expect(await confirm({ doneAt: new Date(Date.parse(T0) + 90 * 60_000).toISOString() })).toMatchObject({ ok: true, data: { doneAt: new Date(Date.parse(T0) + HOUR).toISOString() } }); // the first stays
    const report = await ok<OfflineReport>('staff', 'getOfflineReport', { noticeId }, 'reviewer');
    expect(report).toMatchObject({ confirmed: 1, overdue: 0, scans: 2 });
    expect(report.villages).toEqual([{ area: '石门乡/上坪村', posted: new Date(Date.parse(T0) + HOUR).toISOString(), broadcast: null, overdue: false, posters: 1, scans: 2 }]);
    const tasks = await ok<{ items: LiaisonTask[] }>('staff', 'listLiaisonTasks', {}, LIAISON);
    expect(tasks.items.find((t) => t.refId === noticeId)?.confirmed).toEqual({ posted: new Date(Date.parse(T0) + HOUR).toISOString() });
  });

  it('are reminded in the app when a notice for their village is not confirmed in time, and the report says overdue', async () => {
    const township = (await publish(cloud, 'notice', noticeInput({ title: '石门乡客运班次调整', kind: 'bus', township: '石门乡', village: null }))).targetId;
    const remindersOf = async (as: PersonaKey) => (await ok<{ items: StaffReminder[] }>('staff', 'listStaffReminders', {}, as)).items.map((r) => r.key);
    expect(await remindersOf(LIAISON)).toEqual([]);
    cloud.emulator.clock.set(new Date(cloud.now().getTime() + 4 * 24 * HOUR));
    expect(await remindersOf(LIAISON)).toEqual(['liaison-overdue']);
    expect(await remindersOf('editor')).not.toContain('liaison-overdue');
    const report = await ok<OfflineReport>('staff', 'getOfflineReport', { noticeId: township }, 'editor');
    expect(report.villages.filter((v) => v.overdue).map((v) => v.area)).toEqual(['石门乡/上坪村']);
    expect(report).toMatchObject({ confirmed: 0, overdue: 1 });
    await ok('staff', 'confirmDelivery', { refId: township, area: '石门乡/上坪村', action: 'broadcast', photo: photo(openidOf(LIAISON)), doneAt: cloud.now().toISOString() }, LIAISON);
    expect(await remindersOf(LIAISON)).toEqual([]);
  });

  it('are reminded by a WeChat message once per overdue notice, only with their consent', async () => {
    const late = (await publish(cloud, 'notice', noticeInput({ title: '上坪村便道临时封闭', township: '石门乡', village: '上坪村' }))).targetId;
    const liaisonMessages = () => cloud.emulator.openapi.outbox.filter((o) => o.api === 'subscribeMessage.send' && o.params.page === 'staff/liaison/index');
    const halfHour = (ms: number) => new Date(Math.ceil(ms / 1_800_000) * 1_800_000);
    const runAt = async (at: Date) => {
      cloud.emulator.clock.set(at);
      await runJobs(cloud.emulator);
    };
    await runAt(halfHour(cloud.now().getTime() + 4 * 24 * HOUR));
    expect(liaisonMessages()).toHaveLength(0); // no consent yet
    await cloud.db.collection('notice_prefs').add({ data: prefsDoc(openidOf(LIAISON), { topics: [] }) });
    await runAt(halfHour(cloud.now().getTime() + 60_000));
    await runAt(halfHour(cloud.now().getTime() + 60_000));
    const sent = liaisonMessages();
    expect(sent.map((m) => [m.params.touser, (m.params.data as Record<string, { value: string }>).thing1?.value])).toEqual([[openidOf(LIAISON), '请张贴：上坪村便道临时封闭']]);
    expect(late).toBeTruthy();
  });
});
