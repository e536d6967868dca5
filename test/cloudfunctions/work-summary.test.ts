// The half-year work summary on the local cloud: every figure for 2026 上半年 and 2025 下半年 counted from
// records placed at chosen instants (hand-counted below), on 2026-06-10; then the staff document's
// states: saved by an editor over the version read, retried safely, submitted, and reviewed only by a
// reviewer who wrote none of it.
import type { HandlingImportResult } from '#types/api/handling-views';
import type { WorkSummaryView } from '#types/api/work-summary-views';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { CASE_COLLECTION } from '#types/models/case';
import { COMMENT_COLLECTION, CONSULTATION_COLLECTION } from '#types/models/consultation';
import { DECISION_COLLECTION } from '#types/models/decision';
import { FEED_COLLECTION } from '#types/models/feed';
import { DELIVERY_COLLECTION, NOTICE_PREFS_COLLECTION, NOTICE_SEND_COLLECTION } from '#types/models/notice';
import { PROJECT_COLLECTION, PROJECT_UPDATE_COLLECTION } from '#types/models/project';
import { POSTER_COLLECTION } from '#types/models/poster';
import { REACH_COLLECTION } from '#types/models/reach';
import { VILLAGE_CONFIRMATION_COLLECTION } from '#types/models/village-confirmation';
import { STAFF_COLLECTION } from '#types/models/staff';
import { staffDoc, serviceInput } from '../support/builders';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;
const at = (text: string): Date => new Date(`${text}+08:00`);
const add = (collection: string, docs: Record<string, unknown>[]) => Promise.all(docs.map((data) => cloud.db.collection(collection).add({ data })));
const summary = (payload: Record<string, unknown>, as: PersonaKey = 'editor') => cloud.call<WorkSummaryView>('staff', 'getWorkSummary', payload, as);

const CSV = [
  '办件编号,事项编码,受理时间,办结时间,办理结果,办理渠道',
  // 2026 上半年: 2, 6 working days (promise 5); 2025 下半年: 9. An unlinked code completed in 2026 上半年.
  'A1,330100000001,2026-03-02 09:00,2026-03-04 15:00,准予许可,窗口',
  'A2,330100000001,2026-04-30 16:00,2026-05-12 10:00,准予许可,网上',
  'A3,330100000001,2025-09-01 09:00,2025-09-12 17:00,准予许可,窗口',
  'Z1,330100000099,2026-05-20 09:00,2026-05-22 09:00,撤回,网上',
].join('\n');

beforeAll(async () => {
  cloud = await startProductCloud();
  await cloud.db.collection(STAFF_COLLECTION).add({ data: staffDoc('reviewer', { _id: 'o-second-reviewer', name: '钱审核' }) });
  // Published on 2026-06-10 through the workflow: one service feed entry in 2026 上半年.
  await publish(cloud, 'service', serviceInput({ name: '道路货物运输经营许可', itemCode: '330100000001', promisedDays: 5 }));
  const imported = await cloud.call<HandlingImportResult>('staff', 'importHandling', { csv: CSV }, 'editor');
  if (!imported.ok) throw new Error(imported.message);
  await add(FEED_COLLECTION, [
    { kind: 'policy', refId: 'p1', title: '政策一', summary: '', publishedAt: at('2026-01-05T10:00:00') },
    { kind: 'policy', refId: 'p2', title: '政策二', summary: '', publishedAt: at('2026-06-30T23:59:00') },
    { kind: 'notice', refId: 'n1', title: '通知一', summary: '', publishedAt: at('2026-03-01T08:00:00') },
    { kind: 'policy', refId: 'p3', title: '政策三', summary: '', publishedAt: at('2025-12-31T23:59:00') },
    { kind: 'policy', refId: 'p4', title: '政策四', summary: '', publishedAt: at('2025-06-30T12:00:00') },
  ]);
  await add(DECISION_COLLECTION, [
    { kind: 'penalty', decisionNo: '清交执罚〔2026〕1号', decisionDate: new Date('2026-03-05T00:00:00Z') },
    { kind: 'licence', decisionNo: '清交许〔2025〕9号', decisionDate: new Date('2025-08-05T00:00:00Z') },
  ]);
  await add(PROJECT_COLLECTION, [
    { _id: 'pr-a', name: '石门乡通村路', township: '石门乡', status: 'under_construction', lifecycle: 'published', publishedAt: at('2025-09-01T09:00:00'), lastUpdateAt: at('2026-04-20T09:00:00') },
  ]);
  await add(PROJECT_UPDATE_COLLECTION, [
    { projectId: 'pr-a', lifecycle: 'published', publishedAt: at('2026-01-10T09:00:00') },
    { projectId: 'pr-a', lifecycle: 'published', publishedAt: at('2026-04-20T09:00:00') },
    { projectId: 'pr-a', lifecycle: 'published', publishedAt: at('2025-10-10T09:00:00') },
    { projectId: 'pr-a', lifecycle: 'published', publishedAt: at('2025-11-10T09:00:00') },
    { projectId: 'pr-a', lifecycle: 'published', publishedAt: at('2025-12-10T09:00:00') },
  ]);
  const kase = (channel: string, created: string, due: string, replied: string | null) => ({
    category: 'question', channel, status: replied ? 'replied' : 'received', events: [], openid: '', createdAt: at(created), dueAt: at(due), firstRepliedAt: replied ? at(replied) : null,
  });
  await add(CASE_COLLECTION, [
    kase('app', '2026-02-02T09:00:00', '2026-02-09T23:59:59', '2026-02-04T09:00:00'),
    kase('hotline', '2026-05-06T09:00:00', '2026-05-13T23:59:59', '2026-05-20T09:00:00'),
    kase('app', '2025-08-04T09:00:00', '2025-08-11T23:59:59', '2025-08-05T09:00:00'),
  ]);
  await add(CONSULTATION_COLLECTION, [
    { _id: 'cs-1', lifecycle: 'published', opensAt: at('2026-02-01T00:00:00'), closesAt: at('2026-03-03T00:00:00') },
    { _id: 'cs-2', lifecycle: 'published', opensAt: at('2026-06-01T00:00:00'), closesAt: at('2026-07-01T00:00:00') },
  ]);
  const comment = (consultationId: string, status: string, decision: string | null) => ({ consultationId, status, openid: 'o-x', createdAt: at('2026-02-10T09:00:00'), outcome: decision ? { decision, reason: '理由', at: at('2026-03-05T09:00:00') } : null });
  await add(COMMENT_COLLECTION, [comment('cs-1', 'visible', 'adopted'), comment('cs-1', 'visible', 'partly'), comment('cs-1', 'visible', null), comment('cs-1', 'hidden', null), comment('cs-2', 'visible', null)]);
  await add(NOTICE_SEND_COLLECTION, [{ createdAt: at('2026-03-01T08:00:00') }, { createdAt: at('2025-11-01T08:00:00') }]);
  await add(DELIVERY_COLLECTION, [
    { status: 'sent', openid: 'o-1', at: at('2026-03-01T08:01:00') },
    { status: 'sent', openid: 'o-2', at: at('2026-03-01T08:01:00') },
    { status: 'refused', openid: 'o-3', at: at('2026-03-01T08:01:00') },
    { status: 'sent', openid: 'o-1', at: at('2025-11-01T08:01:00') },
  ]);
  await add(NOTICE_PREFS_COLLECTION, [{ topics: ['road'] }, { topics: ['bus'] }]);
  await add(REACH_COLLECTION, [{ createdAt: at('2026-03-01T09:00:00'), opens: { 0: 5, 1: 2 } }, { createdAt: at('2025-12-01T09:00:00'), opens: { 0: 3 } }]);
  await add(POSTER_COLLECTION, [{ createdAt: at('2026-02-01T09:00:00'), scans: 9 }, { createdAt: at('2026-06-30T23:59:00'), scans: 4 }, { createdAt: at('2025-12-31T23:59:00'), scans: 6 }, { createdAt: at('2026-07-01T00:00:00'), scans: 50 }]);
  await add(VILLAGE_CONFIRMATION_COLLECTION, [
    { action: 'posted', createdAt: at('2026-02-02T10:00:00') }, { action: 'posted', createdAt: at('2026-05-02T10:00:00') }, { action: 'broadcast', createdAt: at('2026-05-03T10:00:00') },
    { action: 'broadcast', createdAt: at('2025-11-03T10:00:00') }, { action: 'posted', createdAt: at('2026-07-01T08:00:00') },
  ]);
}, 60_000);
afterAll(() => cloud.emulator.stop());

describe('the figures of a half-year and the one before', () => {
  it('are the hand counts, on 2026-06-10', async () => {
    const res = await summary({ year: 2026, half: 1 });
    if (!res.ok) throw new Error(res.message);
    const { current: c, previous: p } = res.data.figures;
    expect([c.range, c.asOf, p.range, p.asOf]).toEqual([{ from: '2026-01-01', to: '2026-06-30' }, '2026-06-10', { from: '2025-07-01', to: '2025-12-31' }, '2025-12-31']);
    // Feed: policies 01-05 and 06-30 23:59, the notice, the guide published today; before: 2025-12-31 23:59 only.
    expect(c.published).toEqual({ byKind: { policy: 2, project: 0, service: 1, budget: 0, notice: 1, consultation: 0, proposal: 0 }, projectUpdates: 2, decisions: 1 });
    expect(p.published).toEqual({ byKind: { policy: 1, project: 0, service: 0, budget: 0, notice: 0, consultation: 0, proposal: 0 }, projectUpdates: 3, decisions: 1 });
    // 2026: Jan–May ended by 06-10, updated in Jan and Apr; last update 04-20 is 51 days before 06-10.
    expect(c.projects).toEqual({ underConstruction: 1, monthsDue: 5, monthsUpdated: 2, onTimeShare: 0.4, stale: [{ id: 'pr-a', name: '石门乡通村路', days: 51 }] });
    // 2025 下半年: published 09-01, so Sep–Dec are due; updated Oct, Nov, Dec.
    expect(p.projects).toMatchObject({ monthsDue: 4, monthsUpdated: 3, onTimeShare: 0.75 });
    expect(c.cases.all).toEqual({ total: 2, replied: 2, medianReplyDays: 8, onTimeShare: 0.5 });
    expect(c.cases.byChannel.hotline).toEqual({ total: 1, replied: 1, medianReplyDays: 14, onTimeShare: 0 });
    expect(p.cases.all).toEqual({ total: 1, replied: 1, medianReplyDays: 1, onTimeShare: 1 });
    // cs-1 closed 03-03 with three visible comments; cs-2 closes in July.
    expect(c.consultations).toEqual({ closed: 1, comments: 3, adopted: 1, partly: 1, notAdopted: 0, undecided: 1 });
    expect(c.notices).toEqual({ subscribers: 2, sends: 1, delivered: 2 });
    expect(p.notices).toEqual({ subscribers: null, sends: 1, delivered: 1 });
    // Beijing half-year edges: a poster made at 23:59 on 30 June counts in H1; one at 00:00 on 1 July does not.
    expect([c.reach, p.reach]).toEqual([
      { linkSets: 1, opens: 7, posters: 2, scans: 13, posted: 2, broadcast: 1 },
      { linkSets: 1, opens: 3, posters: 1, scans: 6, posted: 0, broadcast: 1 },
    ]);
    expect(c.handling.all).toMatchObject({ completed: 2, medianDays: 4, meanDays: 4, withinPromisedShare: 0.5 });
    expect(c.handling.unlinked).toEqual([{ itemCode: '330100000099', completed: 1 }]);
    expect(p.handling.all).toMatchObject({ completed: 1, meanDays: 9, withinPromisedShare: 0 });
  });

  it('draft the text from them before anything is saved', async () => {
    const res = await summary({ year: 2026, half: 1 });
    if (!res.ok) throw new Error(res.message);
    expect(res.data).toMatchObject({ id: '2026-h1', status: null, version: 0 });
    expect(res.data.sections).toEqual(res.data.drafted);
    expect(res.data.sections.problems).toContain('1 个在建项目超过 30 天没有更新进展：石门乡通村路（51 天）。');
    expect(res.data.sections.results).toContain('服务事项平均 4 个工作日办结，一半在 4 个工作日内办结，在承诺时限内办结 50%，平均办理时间比2025年下半年缩短 55.6%。');
  });

  it('are not counted for a half-year that has not begun, nor for citizens', async () => {
    expect(await summary({ year: 2026, half: 2 })).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    // Asked for no period, the function answers the half-year its own clock is in (the page's first view).
    expect(await summary({})).toMatchObject({ ok: true, data: { year: 2026, half: 1 } });
    expect(await summary({ year: 2026, half: 1 }, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });
});

describe('the summary as a staff document', () => {
  const text = { content: '一、主动公开……', results: '二、实施成效……', problems: '三、存在问题……', measures: '四、改进措施……' };
  const save = (version: number, sections = text, as: PersonaKey = 'editor') => cloud.call<WorkSummaryView>('staff', 'saveWorkSummary', { year: 2026, half: 1, version, sections }, as);

  it('is saved over the version read; a retry answers the same, a stale version is refused', async () => {
    const first = await save(0);
    expect(first).toMatchObject({ ok: true, data: { status: 'draft', version: 1, sections: text } });
    expect(await save(0)).toMatchObject({ ok: true, data: { status: 'draft', version: 1 } });
    expect(await save(0, { ...text, content: '别人的改动' })).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '总结已被他人修改，请刷新后在最新版本上操作' });
    expect(await save(1, text, 'reviewer')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });

  it('is submitted, then reviewed only by a reviewer who wrote none of it; any later save returns it to draft', async () => {
    expect(await cloud.call('staff', 'submitWorkSummary', { year: 2026, half: 1, version: 1 }, 'editor')).toMatchObject({ ok: true, data: { status: 'submitted', version: 2 } });
    // The admin may act as editor and reviewer, but not on a summary the admin wrote.
    expect(await save(2, { ...text, measures: '管理员补充的措施' }, 'admin')).toMatchObject({ ok: true, data: { status: 'draft', version: 3 } });
    expect(await cloud.call('staff', 'submitWorkSummary', { year: 2026, half: 1, version: 3 }, 'admin')).toMatchObject({ ok: true, data: { status: 'submitted', version: 4 } });
    expect(await cloud.call('staff', 'reviewWorkSummary', { year: 2026, half: 1, version: 4, decision: 'approve' }, 'admin')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: '不能审核自己写过的总结，请由其他审核员审核' });
    expect(await cloud.call('staff', 'reviewWorkSummary', { year: 2026, half: 1, version: 4, decision: 'return' }, 'reviewer')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '退回时请写明审核意见' });
    expect(await cloud.call('staff', 'reviewWorkSummary', { year: 2026, half: 1, version: 4, decision: 'return', note: '存在问题要写具体项目' }, 'reviewer')).toMatchObject({ ok: true, data: { status: 'returned', reviewNote: '存在问题要写具体项目', version: 5 } });
    expect(await save(5)).toMatchObject({ ok: true, data: { status: 'draft', version: 6 } });
    expect(await cloud.call('staff', 'submitWorkSummary', { year: 2026, half: 1, version: 6 }, 'editor')).toMatchObject({ ok: true, data: { version: 7 } });
    const approve = { year: 2026, half: 1, version: 7, decision: 'approve' };
    const reviewed = await cloud.emulator.call('staff', { action: 'reviewWorkSummary', payload: approve }, { OPENID: 'o-second-reviewer', APPID: 'wx-local', SOURCE: 'wx_client' });
    expect(reviewed).toMatchObject({ ok: true, data: { status: 'reviewed', reviewedBy: 'o-second-reviewer', version: 8 } });
    const audit = (await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: '2026-h1' }).limit(20).get()).data as { action: string }[];
    expect(audit.map((a) => a.action).sort()).toEqual(['summary.approve', 'summary.return', 'summary.save', 'summary.save', 'summary.save', 'summary.submit', 'summary.submit', 'summary.submit'].sort());
    expect(await save(8, { ...text, content: '审核后又改' })).toMatchObject({ ok: true, data: { status: 'draft', version: 9, reviewedBy: null } });
  });
});

describe('many identical saves at once', () => {
  it('store one version, and every caller gets it', async () => {
    const sections = { content: '下半年：同时保存', results: '', problems: '', measures: '' };
    const replies = await Promise.all(Array.from({ length: 20 }, () => cloud.call<WorkSummaryView>('staff', 'saveWorkSummary', { year: 2025, half: 2, version: 0, sections }, 'editor')));
    expect(replies.map((r) => (r.ok ? r.data.version : r.code))).toEqual(Array(20).fill(1));
    const audit = (await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: '2025-h2' }).limit(30).get()).data;
    expect(audit).toHaveLength(1);
  });
});
