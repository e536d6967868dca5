// Demand signals on the local cloud (#17.4): searches without an answer or with a weak one, cases
// about an item and per township, and a stale item people follow, ranked by the jobs timer into one
// list staff read on the freshness page's second tab; nothing in it names a person.
import type { DemandView, FreshnessView } from '#types/api/freshness';
import { DEMAND_REPORT_ID } from '#types/models/demand';
import { FRESHNESS_COLLECTION } from '#types/models/freshness';
import { SEARCH_LOG_COLLECTION } from '#types/models/search-log';
import { openidOf } from '../../emulator/gateway/personas';
import { weekOf } from '../../cloudfunctions/_shared/search/search-log';
import { projectInput, serviceInput } from '../support/builders';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobs } from '../support/run-jobs';
import { publish } from '../support/workflow-steps';

const cst = (text: string): Date => new Date(`${text}+08:00`);
const NOW = cst('2026-10-09T10:00:00');

let cloud: ProductCloud;
const ids = { project: '', service: '' };
let sequence = 0;

const ask = async (as: PersonaKey, category: string, related: { kind: string; id: string; title: string } | null, text: string): Promise<void> => {
  sequence += 1;
  const res = await cloud.call('public', 'submitCase', { requestId: `demand-case-${sequence}`, category, text, related }, as);
  if (!res.ok) throw new Error(res.message);
};
const logSearch = (q: string, at: Date, outcome: { answered: boolean; topScore: number }) =>
  cloud.db.collection(SEARCH_LOG_COLLECTION).add({ data: { q, key: q.replace(/\s/g, ''), week: weekOf(at), at, results: outcome.answered ? 3 : 0, opened: false, ...outcome } });

beforeAll(async () => {
  cloud = await startProductCloud({ at: '2026-09-01T10:00:00+08:00' });
  ids.project = (await publish(cloud, 'project', projectInput({ name: '溪口大桥改造工程', township: '溪口镇', disclosures: [] }))).targetId;
  ids.service = (await publish(cloud, 'service', serviceInput())).targetId;
  cloud.emulator.clock.set('2026-10-09T09:00:00+08:00');
  await ask('citizenA', 'complaint', { kind: 'project', id: ids.project, title: '溪口大桥改造工程' }, '便桥晚上没有路灯，很危险');
  await ask('citizenB', 'question', { kind: 'project', id: ids.project, title: '溪口大桥改造工程' }, '大桥什么时候能通车？');
  await ask('citizenB', 'question', { kind: 'service', id: ids.service, title: '办事指南' }, '办这个要带什么材料？');
  await ask('citizenA', 'question', null, '公交车几点末班？');
  expect(await cloud.call('public', 'followProject', { id: ids.project, follow: true }, 'citizenA')).toMatchObject({ ok: true });
  // Searched, through the search function: nothing about a 残疾人乘车卡 is published.
  for (const as of ['citizenA', 'citizenB', 'anonymous'] as const) {
    const res = await cloud.call('search', 'search', { q: '残疾人乘车卡怎么办 13912345678' }, as);
    expect(res).toMatchObject({ ok: true, data: { answered: false } });
  }
  // Answered only weakly twice this week; unanswered six weeks ago (outside the four-week window).
  await logSearch('货车通行证', cst('2026-10-08T15:00:00'), { answered: true, topScore: 0.35 });
  await logSearch('货车通行证', cst('2026-10-09T08:00:00'), { answered: true, topScore: 0.36 });
  await logSearch('驾校投诉电话', cst('2026-08-27T10:00:00'), { answered: false, topScore: 0 });
  cloud.emulator.clock.set('2026-10-09T10:00:00+08:00');
  await runJobs(cloud.emulator, { at: NOW });
});
afterAll(() => cloud.emulator.stop());

const demand = async (as: PersonaKey = 'editor'): Promise<DemandView> => {
  const res = await cloud.call<DemandView>('staff', 'getDemandSignals', {}, as);
  if (!res.ok) throw new Error(res.message);
  return res.data;
};

describe('the update-next list, computed by the jobs timer on Oct 9 (after National Day)', () => {
  it('ranks the overdue project people ask about and follow first, then the question nobody found', async () => {
    const view = await demand();
    expect(view.checkedAt).toBe(NOW.toISOString());
    expect(view.readCounts).toBe(false);
    const [first, second] = view.rows;
    // Two cases (2 each) and a follower (0.1), doubled because its monthly progress update is overdue (due Oct 1).
    expect(first).toMatchObject({
      key: `project:${ids.project}`, title: '溪口大桥改造工程', township: '溪口镇', score: 8.2,
      item: { cases: { complaint: 1, question: 1 }, casesTotal: 2, followers: 1, stale: { state: 'overdue', duty: '在建项目每月至少发布一次进展' } },
      action: { label: '发布项目进展', page: `/staff/edit/index?kind=projectUpdate&projectId=${ids.project}` },
    });
    expect(second).toMatchObject({ title: '残疾人乘车卡怎么办 [手机号]', score: 3, search: { unanswered: 3, weak: 0 }, action: { label: '写问答' } });
    expect(second?.action.page).toBe(`/staff/edit/index?kind=qa&question=${encodeURIComponent('残疾人乘车卡怎么办 [手机号]')}`);
  });

  it('counts weak answers at half, lists the guide people ask about, and leaves out what is outside the window', async () => {
    const view = await demand();
    expect(view.rows.find((r) => r.title === '货车通行证')).toMatchObject({ score: 1, search: { unanswered: 0, weak: 2 } });
    expect(view.rows.find((r) => r.itemId === ids.service)).toMatchObject({ score: 2, item: { casesTotal: 1, stale: null }, action: { label: '修改办事指南', page: `/staff/edit/index?kind=service&targetId=${ids.service}` } });
    expect(view.rows.find((r) => r.title === '驾校投诉电话')).toBeUndefined();
    expect(view.scanned).toEqual({ searches: 5, cases: 4 });
  });

  it('sums the cases per township with the item most asked about there', async () => {
    expect((await demand()).townships).toEqual([
      { township: '溪口镇', cases: { complaint: 1, question: 1 }, casesTotal: 2, items: 1, top: { title: '溪口大桥改造工程', action: { label: '发布项目进展', page: `/staff/edit/index?kind=projectUpdate&projectId=${ids.project}` } } },
    ]);
  });

  it('names nobody: no OPENID, no case text, no phone number', async () => {
    const text = JSON.stringify(await demand('reviewer'));
    for (const persona of ['citizenA', 'citizenB'] as const) expect(text).not.toContain(openidOf(persona));
    expect(text).not.toMatch(/13912345678|路灯|末班/);
  });

  it('is for staff only, and stays out of the freshness page’s first payload', async () => {
    expect(await cloud.call('staff', 'getDemandSignals', {}, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    const first = await cloud.call<FreshnessView>('staff', 'getFreshness', {}, 'editor');
    expect(JSON.stringify(first)).not.toMatch(/残疾人乘车卡|townships/);
  });

  it('is computed at most hourly, and an earlier-dated overlapping run never replaces a later list', async () => {
    const ref = cloud.db.collection(FRESHNESS_COLLECTION).doc(DEMAND_REPORT_ID);
    await ask('citizenA', 'question', { kind: 'service', id: ids.service, title: '办事指南' }, '网上能办吗？');
    await runJobs(cloud.emulator, { at: cst('2026-10-09T10:30:00') });
    expect((await demand()).rows.find((r) => r.itemId === ids.service)?.item?.casesTotal).toBe(1);
    await runJobs(cloud.emulator, { at: cst('2026-10-09T11:00:00') });
    expect((await demand()).rows.find((r) => r.itemId === ids.service)?.item?.casesTotal).toBe(2);
    await runJobs(cloud.emulator, { at: cst('2026-10-09T08:00:00') });
    expect(((await ref.get()) as { data: { checkedAt: Date } }).data.checkedAt.toISOString()).toBe(cst('2026-10-09T11:00:00').toISOString());
  });
});
