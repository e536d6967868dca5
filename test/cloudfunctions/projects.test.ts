import type { InspectionView, ProjectListItem, ProjectUpdateView, ProjectView } from '#types/api/project-views';
import { FEED_COLLECTION } from '#types/models/feed';
import { INSPECTION_COLLECTION, PROJECT_COLLECTION, PROJECT_UPDATE_COLLECTION } from '#types/models/project';
import { projectInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;
let bridge: string;
let road: string;

beforeAll(async () => {
  // Mid-November 2026: the fixture's milestones and disclosure clocks (September-October) have come due.
  cloud = await startProductCloud({ at: '2026-11-16T10:00:00+08:00' });
  bridge = (await publish(cloud, 'project', projectInput())).targetId;
  road = (await publish(cloud, 'project', projectInput({ name: '石门村通村路硬化', type: 'rural_road', township: '石门乡', status: 'completed', milestones: [{ name: '路面', weight: 1, percent: 100, plannedAt: '2025-06-30', actualAt: '2025-06-20' }], disclosures: [] }))).targetId;
});
afterAll(() => cloud.emulator.stop());

describe('publishing a project', () => {
  it('rolls progress up from weighted milestones and puts it on the home feed', async () => {
    const doc = (await cloud.db.collection(PROJECT_COLLECTION).doc(bridge).get()).data;
    expect(doc.percent).toBe(60); // (40×100 + 40×50 + 20×0) / 100
    expect((await cloud.db.collection(FEED_COLLECTION).where({ _id: `project-${bridge}` }).count()).total).toBe(1);
  });

  it.each([
    [{ startAt: '2026-05-01', plannedEndAt: '2026-04-01' }, '计划完工日期不能早于开工日期'],
    [{ milestones: [{ name: '路基', weight: 10, percent: 120, plannedAt: '2026-01-01', actualAt: null }] }, '「完成比例（第 1 项）」不能大于 100'],
    [{ disclosures: [{ category: 'land', title: '征地公告', formedAt: '2026-03-01', disclosedAt: '2026-02-01' }] }, '公开日期不能早于信息形成日期'],
    [{ investment: [{ year: 2026, planned: 1, completed: 0 }, { year: 2026, planned: 2, completed: 0 }] }, '投资计划中有重复的年份'],
    [{ disclosures: [{ category: 'gossip', title: 'x', formedAt: '2026-03-01', disclosedAt: null }] }, '「公开类别（第 1 项）」的取值不在允许范围内'],
  ])('rejects %j with a clear message', async (override, message) => {
    const res = await cloud.call('staff', 'saveDraft', { revisionId: `r-${Date.now()}-${Math.random()}`.replace('.', ''), kind: 'project', content: projectInput(override), changeNote: '' }, 'editor');
    expect(res).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });

  it('lets no citizen write a project', async () => {
    const res = await cloud.call('staff', 'saveDraft', { revisionId: 'r-citizen', kind: 'project', content: projectInput(), changeNote: '' }, 'citizenA');
    expect(res).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });
});

describe('reading projects', () => {
  it('filters by type, township and status, and sorts by progress', async () => {
    const byType = await cloud.call<{ items: ProjectListItem[] }>('public', 'listProjects', { type: 'rural_road' }, 'anonymous');
    expect(byType.ok && byType.data.items.map((p) => p.id)).toEqual([road]);
    const byTownship = await cloud.call<{ items: ProjectListItem[] }>('public', 'listProjects', { township: '城关镇', status: 'under_construction' }, 'anonymous');
    expect(byTownship.ok && byTownship.data.items.map((p) => p.id)).toEqual([bridge]);
    const byProgress = await cloud.call<{ items: ProjectListItem[] }>('public', 'listProjects', { sort: 'progress' }, 'anonymous');
    expect(byProgress.ok && byProgress.data.items.map((p) => p.percent)).toEqual([100, 60]);
    // The card says when each is due to be finished.
    expect(byProgress.ok && byProgress.data.items.map((p) => p.plannedEndAt)).toEqual(['2027-03-31T00:00:00.000Z', '2027-03-31T00:00:00.000Z']);
  });

  it('is found by its builder or township, with its summary as the snippet rather than a heap of index words', async () => {
    const res = await cloud.call<{ hits: { refId: string; snippet: string }[] }>('search', 'search', { q: '江南路桥 城关镇' }, 'anonymous');
    const hit = res.ok ? res.data.hits.find((h) => h.refId === bridge) : undefined;
    expect(hit?.snippet).toBe('拆除重建危桥，期间走临时便桥。');
  });

  it('lists the townships that have projects, for the filter', async () => {
    expect(await cloud.call('public', 'listTownships', {}, 'anonymous')).toEqual({ ok: true, data: { items: [{ township: '城关镇', count: 1 }, { township: '石门乡', count: 1 }] } });
  });

  it('marks a project under construction with no update for 30 days as stale', async () => {
    await cloud.db.collection(PROJECT_COLLECTION).doc(bridge).update({ data: { lastUpdateAt: new Date(cloud.now().getTime() - 31 * 86_400_000) } });
    const res = await cloud.call<{ items: ProjectListItem[] }>('public', 'listProjects', { type: 'bridge' }, 'anonymous');
    expect(res.ok && res.data.items[0]?.stale).toBe(true);
  });

  it('shows each disclosure category against its 20-working-day clock', async () => {
    const res = await cloud.call<ProjectView>('public', 'getProject', { id: bridge }, 'citizenA');
    if (!res.ok) throw new Error(res.message);
    const state = Object.fromEntries(res.data.disclosure.map((c) => [c.category, c.state]));
    expect(state).toMatchObject({ approval_result: 'disclosed', quality_safety: 'overdue', land: 'none' });
    // Formed 2026-09-25 (中秋): counting skips 26-27 September and 1-7 October, and counts Saturday 10 October.
    const quality = res.data.disclosure.find((c) => c.category === 'quality_safety')?.items[0];
    expect(quality?.dueAt).toBe('2026-10-29T15:59:59.999Z');
    // The bidding result came 33 working days after it was formed: disclosed, but late.
    expect(res.data.disclosure.find((c) => c.category === 'bidding')?.items[0]?.overdue).toBe(true);
    expect(res.data.milestones.map((m) => m.late)).toEqual([true, true, false]);
  });

  it('says NOT_FOUND for an unknown project', async () => {
    expect(await cloud.call('public', 'getProject', { id: 'nope' }, 'citizenA')).toEqual({ ok: false, code: 'NOT_FOUND', message: '项目不存在或已删除' });
  });
});

describe('progress updates and inspections', () => {
  const draft = (kind: string, content: Record<string, unknown>) =>
    cloud.call('staff', 'saveDraft', { revisionId: `r-${Date.now()}-${Math.random()}`.replace('.', ''), kind, content, changeNote: '' }, 'editor');

  it('moves milestones and the rolled-up percent when an update is published, and puts it on the feed', async () => {
    await publish(cloud, 'projectUpdate', { projectId: bridge, text: '上部结构主梁吊装完成 8 片。', milestones: [{ name: '上部结构', percent: 80 }] });
    const doc = (await cloud.db.collection(PROJECT_COLLECTION).doc(bridge).get()).data;
    expect(doc.percent).toBe(72); // (40×100 + 40×80 + 20×0) / 100
    expect(cloud.now().getTime() - doc.lastUpdateAt.getTime()).toBeLessThan(60_000);
    const updates = await cloud.call<{ items: ProjectUpdateView[] }>('public', 'listProjectUpdates', { projectId: bridge }, 'anonymous');
    expect(updates.ok && updates.data.items[0]?.text).toBe('上部结构主梁吊装完成 8 片。');
    const feed = (await cloud.db.collection(FEED_COLLECTION).where({ refId: bridge }).get()).data as { title: string }[];
    expect(feed.map((f) => f.title)).toContain(`${doc.name}：进度 72%`);
  });

  it('keeps each history line to the progress of its day: a text-only update does not repeat the current percent', async () => {
    await publish(cloud, 'projectUpdate', { projectId: bridge, text: '桥面系施工准备，护栏预制件进场。' });
    const history = await cloud.call<{ items: { note: string }[] }>('public', 'listHistory', { kind: 'project', id: bridge }, 'anonymous');
    const notes = history.ok ? history.data.items.map((h) => h.note) : [];
    expect(notes.slice(0, 2)).toEqual(['发布进展：桥面系施工准备，护栏预制件进场。', '发布进展：总体进度 72%']);
  });

  it('refuses progress going backwards without a reason, and an unknown milestone', async () => {
    expect(await draft('projectUpdate', { projectId: bridge, text: '返工', milestones: [{ name: '上部结构', percent: 60 }] })).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '「上部结构」的进度比上次低，请写明原因' });
    expect(await draft('projectUpdate', { projectId: bridge, text: '返工', milestones: [{ name: '上部结构', percent: 60 }], reason: '第三方检测发现两片主梁不合格，拆除重做' })).toMatchObject({ ok: true });
    expect(await draft('projectUpdate', { projectId: bridge, text: 'x', milestones: [{ name: '不存在的节点', percent: 10 }] })).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '项目没有名为「不存在的节点」的节点' });
    expect(await draft('projectUpdate', { projectId: 'nope', text: 'x' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('records a quality inspection with its rectification', async () => {
    await publish(cloud, 'inspection', { projectId: bridge, checkedAt: '2026-05-20', inspector: '县交通工程质量监督站', result: 'rectify', problems: ['护栏螺栓松动'], rectification: '已全部紧固', rectifiedAt: '2026-05-28' });
    const res = await cloud.call<{ items: InspectionView[] }>('public', 'listInspections', { projectId: bridge }, 'anonymous');
    expect(res.ok && res.data.items[0]).toMatchObject({ inspector: '县交通工程质量监督站', result: 'rectify', problems: ['护栏螺栓松动'] });
    expect(await draft('inspection', { projectId: bridge, checkedAt: '2026-05-20', inspector: 'x', result: 'pass', rectifiedAt: '2026-05-01' })).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '整改日期不能早于检查日期' });
  });

  it('keeps the project page small with 200 updates and 50 inspections, paging the rest', async () => {
    const now = cloud.now().getTime();
    const meta = (i: number) => ({ version: 1, lifecycle: 'published', lifecycleNote: null, votes: { helpful: 0, unhelpful: 0 }, publishedAt: new Date(now - i * 3_600_000), updatedAt: new Date(now) });
    for (let i = 0; i < 200; i += 1) {
      await cloud.db.collection(PROJECT_UPDATE_COLLECTION).add({ data: { projectId: road, text: `第${i}次进展：${'路面铺筑和养生完成情况说明。'.repeat(6)}`, milestones: [], reason: '', photos: [], ...meta(i) } });
    }
    for (let i = 0; i < 50; i += 1) {
      await cloud.db.collection(INSPECTION_COLLECTION).add({ data: { projectId: road, checkedAt: new Date(now - i * 86_400_000), inspector: '质量监督站', result: 'pass', problems: ['无'], rectification: '', rectifiedAt: null, ...meta(i) } });
    }
    const res = await cloud.call<ProjectView>('public', 'getProject', { id: road }, 'citizenA');
    if (!res.ok) throw new Error(res.message);
    expect(Buffer.byteLength(JSON.stringify(res.data))).toBeLessThan(64 * 1024);
    expect(res.data.updates.items).toHaveLength(5);
    let cursor = res.data.updates.nextCursor;
    let seen = 5;
    while (cursor) {
      const next = await cloud.call<{ items: ProjectUpdateView[]; nextCursor: string | null }>('public', 'listProjectUpdates', { projectId: road, cursor, limit: 20 }, 'citizenA');
      if (!next.ok) throw new Error(next.message);
      seen += next.data.items.length;
      cursor = next.data.nextCursor;
    }
    expect(seen).toBe(200);
  });
});

describe('关注 a project', () => {
  it('follows once however often it is asked, and unfollows', async () => {
    await cloud.call('public', 'followProject', { id: road, follow: true }, 'citizenA');
    await cloud.call('public', 'followProject', { id: road, follow: true }, 'citizenA');
    expect((await cloud.db.collection('follows').where({ targetId: road }).count()).total).toBe(1);
    const seen = await cloud.call<ProjectView>('public', 'getProject', { id: road }, 'citizenA');
    expect(seen.ok && seen.data.following).toBe(true);
    const other = await cloud.call<ProjectView>('public', 'getProject', { id: road }, 'citizenB');
    expect(other.ok && other.data.following).toBe(false);
    await cloud.call('public', 'followProject', { id: road, follow: false }, 'citizenA');
    expect((await cloud.db.collection('follows').where({ targetId: road }).count()).total).toBe(0);
  });

  it('needs a WeChat user and a real project', async () => {
    expect(await cloud.call('public', 'followProject', { id: road, follow: true }, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await cloud.call('public', 'followProject', { id: 'nope', follow: true }, 'citizenA')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
