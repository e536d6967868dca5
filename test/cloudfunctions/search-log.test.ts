// The search log on the local cloud: what a search keeps (masked, without who asked), a hit opened,
// the weekly "searched and not found" list staff read, and its removal after 180 days.
import type { SearchGapWeek } from '#types/api/search-log';
import type { SearchResult } from '#types/api/search-views';
import { SEARCH_LOG_COLLECTION, type SearchLogDoc } from '#types/models/search-log';
import { maskQuery } from '../../cloudfunctions/_shared/search/mask-query';
import { weekOf } from '../../cloudfunctions/_shared/search/search-log';
import { qaInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobs } from '../support/run-jobs';
import { publish } from '../support/workflow-steps';

// A Wednesday in Beijing; its week starts Monday 2026-06-08.
const START = '2026-06-10T10:00:00+08:00';
let cloud: ProductCloud;

beforeAll(async () => {
  cloud = await startProductCloud({ at: START });
  await publish(cloud, 'qa', qaInput({ topic: 'rural_road', question: '村道坏了找谁修？', answer: '村道由村民委员会负责日常养护，乡镇负责监督。' }));
});
afterAll(() => cloud.emulator.stop());

const search = async (q: string, as: 'citizenA' | 'anonymous' = 'citizenA'): Promise<SearchResult> => {
  const res = await cloud.call<SearchResult>('search', 'search', { q }, as);
  if (!res.ok) throw new Error(res.message);
  return res.data;
};
const logOf = async (id: string): Promise<SearchLogDoc> => ((await cloud.db.collection(SEARCH_LOG_COLLECTION).doc(id).get()) as { data: SearchLogDoc }).data;

describe('masking', () => {
  it('masks phone, ID, landline and plate numbers, and keeps road numbers', () => {
    expect(maskQuery('我的电话13912345678 身份证33010219900101123X')).toBe('我的电话[手机号] 身份证[身份证号]');
    expect(maskQuery('浙A12345 在 G235 被罚了')).toBe('[车牌号] 在 G235 被罚了');
    expect(maskQuery('浙AD12345超载')).toBe('[车牌号]超载');
    expect(maskQuery('打0571-87654321没人接')).toBe('打[电话]没人接');
    expect(maskQuery('编号1234567是什么')).toBe('编号[号码]是什么');
  });

  it('puts an instant in the week starting Monday in Beijing', () => {
    expect(weekOf(new Date('2026-06-07T16:30:00Z'))).toBe('2026-06-08'); // Monday 00:30 in Beijing
    expect(weekOf(new Date('2026-06-07T15:30:00Z'))).toBe('2026-06-01'); // Sunday 23:30 in Beijing
  });
});

describe('the search log', () => {
  it('keeps the masked question, the outcome and no one who asked', async () => {
    const result = await search('村道坏了找谁修 13912345678');
    const log = await logOf(result.logId);
    expect(log).toMatchObject({ q: '村道坏了找谁修 [手机号]', week: '2026-06-08', answered: true, opened: false, results: result.hits.length });
    expect(log.topScore).toBeGreaterThan(0);
    expect(JSON.stringify(log)).not.toMatch(/13912345678|openid|citizenA/i);
  });

  it('records that a hit was opened, and says so for an unknown search', async () => {
    const { logId } = await search('村道坏了');
    expect(await cloud.call('search', 'markSearchOpened', { logId }, 'anonymous')).toEqual({ ok: true, data: { marked: true } });
    expect((await logOf(logId)).opened).toBe(true);
    expect(await cloud.call('search', 'markSearchOpened', { logId: 'nope' }, 'anonymous')).toEqual({ ok: true, data: { marked: false } });
    expect(await cloud.call('search', 'markSearchOpened', { logId: '../x' }, 'anonymous')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });

  it('lists the most searched unanswered questions of each week for staff, newest week first', async () => {
    for (const q of ['社保卡怎么激活', '社保卡 怎么激活？', '护照怎么办', '社保卡怎么激活']) await search(q);
    const { logId } = await search('护照怎么办');
    await cloud.call('search', 'markSearchOpened', { logId }, 'anonymous');
    cloud.emulator.clock.set(new Date('2026-06-16T09:00:00+08:00'));
    await search('火车票怎么退');
    const res = await cloud.call<{ weeks: SearchGapWeek[] }>('staff', 'listSearchGaps', { weeks: 2 }, 'editor');
    if (!res.ok) throw new Error(res.message);
    const [thisWeek, lastWeek] = res.data.weeks;
    expect(thisWeek).toEqual({ week: '2026-06-15', searches: 1, unanswered: 1, top: [{ q: '火车票怎么退', count: 1, opened: 0 }] });
    expect(lastWeek?.week).toBe('2026-06-08');
    expect(lastWeek?.unanswered).toBe(5);
    expect(lastWeek?.top).toEqual([
      { q: expect.stringMatching(/^社保卡/), count: 3, opened: 0 },
      { q: '护照怎么办', count: 2, opened: 1 },
    ]);
    expect(lastWeek?.searches).toBeGreaterThan(5);
  });

  it('is for staff only, and checks the number of weeks', async () => {
    expect(await cloud.call('staff', 'listSearchGaps', {}, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'listSearchGaps', { weeks: 13 }, 'editor')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });

  it('removes searches older than 180 days', async () => {
    const old = new Date(cloud.now().getTime() - 181 * 86_400_000);
    const recent = new Date(cloud.now().getTime() - 179 * 86_400_000);
    const base = { key: 'x', week: '2025-12-01', results: 0, topScore: 0, answered: false, opened: false };
    await cloud.db.collection(SEARCH_LOG_COLLECTION).add({ data: { _id: 'log-old', q: 'x', at: old, ...base } });
    await cloud.db.collection(SEARCH_LOG_COLLECTION).add({ data: { _id: 'log-recent', q: 'x', at: recent, ...base } });
    await runJobs(cloud.emulator);
    const left = ((await cloud.db.collection(SEARCH_LOG_COLLECTION).where({ week: '2025-12-01' }).get()) as { data: { _id: string }[] }).data.map((d) => d._id);
    expect(left).toEqual(['log-recent']);
  });
});
