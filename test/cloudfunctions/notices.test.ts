import type { NoticeListItem, NoticePrefsView, NoticeReport, NoticeView } from '#types/api/notice-views';
import type { Paged } from '#types/api/policy-views';
import { DELIVERY_COLLECTION, NOTICE_PREFS_COLLECTION, type DeliveryDoc } from '#types/models/notice';
import { FOLLOW_COLLECTION } from '#types/models/project';
import type { Doc } from '../../emulator/store/ejson';
import { noticeInput, prefsDoc, projectInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobs, runJobsUntilDone } from '../support/run-jobs';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());
beforeEach(() => cloud.emulator.openapi.reset());

function seedPrefs(docs: Record<string, unknown>[]): void {
  cloud.emulator.store.apply(docs.map((doc) => ({ kind: 'put' as const, collection: NOTICE_PREFS_COLLECTION, id: String(doc._id), doc: doc as Doc })));
}

const sends = () => cloud.emulator.openapi.outbox.filter((e) => e.api === 'subscribeMessage.send');
const delivered = () => sends().filter((e) => e.errcode === 0);

async function report(noticeId: string): Promise<NoticeReport> {
  const res = await cloud.call<NoticeReport>('staff', 'getNoticeReport', { id: noticeId }, 'reviewer');
  if (!res.ok) throw new Error(res.message);
  return res.data;
}

describe('notice preferences', () => {
  it('start from defaults, change only for the caller, and ignore an OPENID forged in the event', async () => {
    const initial = await cloud.call<NoticePrefsView>('public', 'getNoticePrefs', {}, 'citizenA');
    expect(initial.ok && initial.data).toMatchObject({ topics: ['closure', 'project'], areas: [], mode: 'immediate', consents: {} });
    expect(initial.ok && initial.data.templates.map((t) => [t.key, t.type])).toEqual([['notice', 'long'], ['digest', 'long'], ['project', 'once'], ['case', 'once']]);

    const forged = { action: 'saveNoticePrefs', payload: { topics: ['bus'], areas: ['石门乡/石门村'], mode: 'digest' }, userInfo: { openId: 'o-local-citizen-b' }, OPENID: 'o-local-citizen-b' };
    const saved = (await cloud.emulator.runner.invoke('public', forged, { OPENID: 'o-local-citizen-a', SOURCE: 'wx_client' })) as { ok: boolean };
    expect(saved.ok).toBe(true);
    const a = (await cloud.db.collection(NOTICE_PREFS_COLLECTION).doc('o-local-citizen-a').get()).data;
    expect(a).toMatchObject({ topics: ['bus'], areas: ['石门乡/石门村'], townships: ['石门乡'], allAreas: false, mode: 'digest' });
    const b = await cloud.db.collection(NOTICE_PREFS_COLLECTION).where({ _id: 'o-local-citizen-b' }).count();
    expect(b.total).toBe(0);
  });

  it('refuses anonymous callers and malformed areas', async () => {
    expect(await cloud.call('public', 'getNoticePrefs', {}, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    const bad = await cloud.call('public', 'saveNoticePrefs', { topics: ['closure'], areas: ['<script>'], mode: 'immediate' }, 'citizenB');
    expect(bad).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '地区格式应为“乡镇”或“乡镇/村”' });
  });

  it('records consents: long-term on or off, one-time ones counted, never both kinds at once', async () => {
    await cloud.call('public', 'recordConsents', { results: [{ key: 'notice', result: 'accept' }, { key: 'digest', result: 'reject' }] }, 'citizenB');
    await cloud.call('public', 'recordConsents', { results: [{ key: 'project', result: 'accept' }] }, 'citizenB');
    const twice = await cloud.call<NoticePrefsView>('public', 'recordConsents', { results: [{ key: 'project', result: 'accept' }] }, 'citizenB');
    expect(twice.ok && twice.data.consents).toEqual({
      notice: { type: 'long', accepted: true, remaining: 0 },
      digest: { type: 'long', accepted: false, remaining: 0 },
      project: { type: 'once', accepted: true, remaining: 2 },
    });
    const mixed = await cloud.call('public', 'recordConsents', { results: [{ key: 'notice', result: 'accept' }, { key: 'project', result: 'accept' }] }, 'citizenB');
    expect(mixed).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '一次性提醒和长期提醒不能在同一次里订阅' });
  });
});

describe('composing a notice', () => {
  const draft = (content: Record<string, unknown>, as: 'editor' | 'citizenA' = 'editor') =>
    cloud.call('staff', 'saveDraft', { revisionId: `n-${Date.now()}-${Math.random()}`.replace('.', ''), kind: 'notice', content, changeNote: '' }, as);

  it.each([
    [{ title: '这是一个超过了二十个字的通知标题会放不进订阅消息' }, '「通知标题」最多 20 个字'],
    [{ kind: 'bus', validFrom: '2026-06-11' }, '公交线路调整须至少提前 3 天发布'], // the day after TEST_START
    [{ audience: 'followers' }, '发给项目关注者时，请填写关联的项目'],
    [{ township: '城关镇', village: '一个名字非常长的村子' }, '「村名」最多 8 个字'],
    [{ validFrom: '2026-12-10', validTo: '2026-12-01' }, '结束日期不能早于生效日期'],
  ])('refuses %j with a clear message', async (override, message) => {
    const res = await draft(noticeInput(override));
    expect(res).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringContaining(message) });
  });

  it('is staff work: a citizen cannot draft one', async () => {
    expect(await draft(noticeInput(), 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });

  it('runs the jobs function only for the timer: never for a user, nor an anonymous HTTP caller', async () => {
    expect(await cloud.emulator.call('jobs', {}, 'admin')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.emulator.runner.invoke('jobs', {}, { SOURCE: 'wx_http' })).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });
});

// Each sending test starts with no subscribers and no follows but its own.
function clearAudience(): void {
  for (const collection of [NOTICE_PREFS_COLLECTION, FOLLOW_COLLECTION]) {
    const ids = [...(cloud.emulator.store.documents(collection)?.keys() ?? [])];
    cloud.emulator.store.apply(ids.map((id) => ({ kind: 'delete' as const, collection, id })));
  }
}

describe('sending a notice', () => {
  beforeEach(clearAudience);
  it('reaches exactly the subscribers of its topic and area, once each, and the report adds up', async () => {
    seedPrefs([
      prefsDoc('o-send-all'),
      prefsDoc('o-send-town', { areas: ['城关镇'], townships: ['城关镇'], allAreas: false }),
      prefsDoc('o-send-other-town', { areas: ['石门乡'], townships: ['石门乡'], allAreas: false }),
      prefsDoc('o-send-no-topic', { topics: ['policy'] }),
      prefsDoc('o-send-no-consent', { consents: {} }),
      prefsDoc('o-send-digest', { mode: 'digest' }), // closures are urgent: no digest
    ]);
    const { targetId } = await publish(cloud, 'notice', noticeInput());
    await runJobsUntilDone(cloud.emulator);
    expect(delivered().map((e) => e.params.touser).sort()).toEqual(['o-send-all', 'o-send-digest', 'o-send-town']);
    const message = delivered()[0]?.params as { page: string; data: Record<string, { value: string }> };
    expect(message.page).toBe(`pages/notice/index?id=${targetId}`);
    expect(message.data.phrase2?.value).toBe('交通管制');

    await runJobsUntilDone(cloud.emulator);
    expect(delivered()).toHaveLength(3); // a later run sends nothing again
    const r = await report(targetId);
    expect(r).toMatchObject({ status: 'done', targeted: 4 });
    expect(r.counts).toMatchObject({ sent: 3, no_consent: 1, pending: 0, failed: 0 });
  });

  it('waits for its send time, and lists in the notice centre with unread marks', async () => {
    seedPrefs([prefsDoc('o-later')]);
    const sendAt = new Date(cloud.now().getTime() + 2 * 3600_000);
    const local = new Date(sendAt.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
    const { targetId } = await publish(cloud, 'notice', noticeInput({ sendAt: local, township: null }));
    await runJobsUntilDone(cloud.emulator);
    expect(delivered().filter((e) => e.params.touser === 'o-later')).toHaveLength(0);
    await runJobsUntilDone(cloud.emulator, { at: new Date(sendAt.getTime() + 60_000) });
    expect(delivered().filter((e) => e.params.touser === 'o-later')).toHaveLength(1);

    const list = await cloud.call<Paged<NoticeListItem>>('public', 'listNotices', {}, 'citizenA');
    const item = list.ok ? list.data.items.find((n) => n.id === targetId) : undefined;
    expect(item).toMatchObject({ read: false, area: '全县' });
    const opened = await cloud.call<NoticeView>('public', 'getNotice', { id: targetId }, 'citizenA');
    expect(opened.ok && opened.data.body).toContain('绕行');
    const again = await cloud.call<Paged<NoticeListItem>>('public', 'listNotices', {}, 'citizenA');
    expect(again.ok && again.data.items.find((n) => n.id === targetId)?.read).toBe(true);
  });

  it('gathers non-urgent notices into one evening digest for digest readers', async () => {
    seedPrefs([prefsDoc('o-digest-reader', { mode: 'digest', topics: ['policy'] })]);
    const first = await publish(cloud, 'notice', noticeInput({ kind: 'policy', title: '新的客运管理办法施行', township: null }));
    await publish(cloud, 'notice', noticeInput({ kind: 'policy', title: '公交票价听证会公告', township: null }));
    await runJobsUntilDone(cloud.emulator);
    expect(delivered().filter((e) => e.params.touser === 'o-digest-reader')).toHaveLength(0);
    expect((await report(first.targetId)).counts.digest).toBe(1);

    const evening = new Date(`${new Date(cloud.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10)}T18:05:00+08:00`);
    await runJobsUntilDone(cloud.emulator, { at: evening });
    const digests = delivered().filter((e) => e.params.touser === 'o-digest-reader');
    expect(digests).toHaveLength(1);
    expect((digests[0]?.params.data as Record<string, { value: string }>).thing1?.value).toBe('今天有2条新通知');
    expect((await report(first.targetId)).counts).toMatchObject({ digest: 0, digested: 1 });
  });

  it('marks refusals (43101) and resumes after a rate limit (45009) without sending anything twice', async () => {
    seedPrefs(Array.from({ length: 40 }, (_v, i) => prefsDoc(`o-limit-${String(i).padStart(2, '0')}`, { topics: ['bus'] })));
    const validFrom = new Date(cloud.now().getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
    const { targetId } = await publish(cloud, 'notice', noticeInput({ kind: 'bus', title: '3路公交改线', township: null, validFrom }));
    cloud.emulator.openapi.failNext('subscribeMessage.send', 43101, 2);
    cloud.emulator.openapi.failNext('subscribeMessage.send', 45009, 1);
    const runs = await runJobsUntilDone(cloud.emulator);
    expect(runs.some((r) => r.rateLimited)).toBe(true);
    const got = delivered().map((e) => e.params.touser);
    expect(new Set(got).size).toBe(got.length);
    const r = await report(targetId);
    expect(r.counts).toMatchObject({ sent: 38, refused: 2, pending: 0, claimed: 0, sending: 0 });
    expect(got).toHaveLength(38);
  });

  it('tells a project\'s followers once on their one-time consent, and not again within 3 days', async () => {
    const project = (await publish(cloud, 'project', projectInput())).targetId;
    for (const persona of ['citizenA', 'citizenB'] as const) {
      await cloud.call('public', 'followProject', { id: project, follow: true }, persona);
    }
    await cloud.call('public', 'recordConsents', { results: [{ key: 'project', result: 'accept' }] }, 'citizenA');
    const update = { projectId: project, text: '主桥合龙，下周起恢复单向通行。', milestones: [{ name: '上部结构', percent: 80 }], notifyFollowers: true };
    await publish(cloud, 'projectUpdate', update);
    await runJobsUntilDone(cloud.emulator);
    const toFollowers = delivered().filter((e) => e.params.template_id === 'local-template-project');
    expect(toFollowers.map((e) => e.params.touser)).toEqual(['o-local-citizen-a']);
    const a = (await cloud.db.collection(NOTICE_PREFS_COLLECTION).doc('o-local-citizen-a').get()).data;
    expect(a.consents.project.remaining).toBe(0); // the one consent is used

    await publish(cloud, 'projectUpdate', { ...update, text: '桥面铺装开始。', milestones: [{ name: '上部结构', percent: 90 }] });
    await runJobsUntilDone(cloud.emulator);
    expect(delivered().filter((e) => e.params.template_id === 'local-template-project')).toHaveLength(1);
  });

  it('stops a send whose notice is withdrawn before its time', async () => {
    seedPrefs([prefsDoc('o-withdrawn')]);
    const later = new Date(cloud.now().getTime() + 3600_000 + 8 * 3600_000).toISOString().slice(0, 16);
    const { targetId } = await publish(cloud, 'notice', noticeInput({ sendAt: later, township: null }));
    const withdrawn = await cloud.call('staff', 'withdrawItem', { kind: 'notice', targetId, reason: '施工推迟' }, 'reviewer');
    expect(withdrawn.ok).toBe(true);
    await runJobsUntilDone(cloud.emulator, { at: new Date(cloud.now().getTime() + 2 * 3600_000) });
    expect(delivered().filter((e) => e.params.touser === 'o-withdrawn')).toHaveLength(0);
    expect((await report(targetId)).status).toBe('cancelled');
  });
});

describe('a run killed halfway', () => {
  beforeEach(clearAudience);
  it('loses nothing and sends nothing twice: 1,500 recipients (several send batches and target pages), the instance killed mid-send, then run again', async () => {
    const RECIPIENTS = 1500;
    seedPrefs(Array.from({ length: RECIPIENTS }, (_v, i) => prefsDoc(`o-crash-${String(i).padStart(5, '0')}`, { topics: ['consultation'] })));
    const { targetId } = await publish(cloud, 'notice', noticeInput({ kind: 'consultation', title: '农村公路养护办法征求意见', township: null }));
    const running = runJobs(cloud.emulator).catch((error: Error) => error);
    const mine = () => delivered().filter((e) => String(e.params.touser).startsWith('o-crash-'));
    while (mine().length < 500) await new Promise((resolve) => setTimeout(resolve, 20));
    await cloud.emulator.runner.kill('jobs');
    expect(await running).toBeInstanceOf(Error);
    const beforeRestart = mine().length;
    expect(beforeRestart).toBeLessThan(RECIPIENTS);

    // The next timer run comes a minute or more later: the dead run's claims are stale by then.
    await runJobsUntilDone(cloud.emulator, { at: new Date(cloud.now().getTime() + 2 * 60_000) });

    const perPerson = new Map<string, number>();
    for (const e of mine()) perPerson.set(String(e.params.touser), (perPerson.get(String(e.params.touser)) ?? 0) + 1);
    expect(Math.max(...perPerson.values())).toBe(1); // nobody got two

    const records = [...(cloud.emulator.store.documents(DELIVERY_COLLECTION)?.values() ?? [])].map((r) => r.doc as unknown as DeliveryDoc);
    const ofJob = records.filter((d) => d.jobId === `notice-${targetId}`);
    expect(ofJob).toHaveLength(RECIPIENTS);
    const unknown = ofJob.filter((d) => d.status === 'unknown');
    // Every record but the at most one per lane caught mid-send says exactly what happened.
    expect(unknown.length).toBeLessThanOrEqual(8);
    for (const d of ofJob.filter((x) => x.status !== 'unknown')) {
      expect([d.openid, d.status, perPerson.get(d.openid) ?? 0]).toEqual([d.openid, 'sent', 1]);
    }
    const r = await report(targetId);
    expect(r.counts.sent + r.counts.unknown).toBe(RECIPIENTS);
    expect(r).toMatchObject({ status: 'done', targeted: RECIPIENTS });
    // Those marked unknown were really in flight: each got at most one message, none was resent.
    expect(unknown.every((d) => (perPerson.get(d.openid) ?? 0) <= 1)).toBe(true);
  }, 120_000);
});
