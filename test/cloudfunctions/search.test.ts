// Search through the real function on the local cloud: what is no longer in force, the definition
// card, the no-answer decision, and the Q&A that point to the service guide doing what they answer.
import type { SearchResult } from '#types/api/search-views';
import type { ServiceView } from '#types/api/service-views';
import { QA_COLLECTION } from '#types/models/policy';
import { REVISION_COLLECTION } from '#types/models/revision';
import { policyInput, qaInput, serviceInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;
let oldRules: string;
let newRules: string;
let guide: string;
let guidedQa: string;

const search = async (q: string): Promise<SearchResult> => {
  const res = await cloud.call<SearchResult>('search', 'search', { q }, 'anonymous');
  if (!res.ok) throw new Error(res.message);
  return res.data;
};

beforeAll(async () => {
  cloud = await startProductCloud();
  oldRules = (await publish(cloud, 'policy', policyInput({ title: '清溪县村道养护补助办法', summary: '村道养护补助每公里1000元。' }))).targetId;
  newRules = (await publish(cloud, 'policy', policyInput({ title: '清溪县村道养护补助办法（2026年修订）', summary: '村道养护补助每公里3000元。', replaces: oldRules }))).targetId;
  await publish(cloud, 'policy', policyInput({ title: '清溪县渡口管理暂行规定', summary: '渡船载客不得超员。', status: 'repealed' }));
  await publish(cloud, 'term', { term: '敬老卡', aliases: ['老年卡'], plain: '65周岁以上老人凭身份证办理，乘坐城乡公交免费。' });
  guide = (await publish(cloud, 'service', serviceInput({ name: '老年人乘公交优惠卡办理', lifeEvents: ['坐公交'], summary: '65岁以上老人免费坐城乡公交，办一张优惠卡。' }))).targetId;
  guidedQa = (await publish(cloud, 'qa', qaInput({ topic: 'public_transport', question: '敬老卡怎么办？', answer: '带身份证到乡镇便民服务中心办理，当场办结。', serviceId: guide }))).targetId;
  await publish(cloud, 'qa', qaInput({ topic: 'public_transport', question: '老人坐公交免费吗？', answer: '65周岁以上老人凭敬老卡乘坐城乡公交免费。' }));
});
afterAll(() => cloud.emulator.stop());

describe('what no longer applies', () => {
  it('ranks a superseded policy below the one that replaced it, labelled', async () => {
    const { hits } = await search('清溪县村道养护补助办法');
    const ids = hits.map((h) => h.refId);
    expect(ids.indexOf(newRules)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(oldRules)).toBeGreaterThan(ids.indexOf(newRules));
    expect(hits.find((h) => h.refId === oldRules)).toMatchObject({ title: '（已被替代）清溪县村道养护补助办法', label: '（已被替代）' });
  });

  it('labels a policy marked repealed without a successor', async () => {
    const { hits } = await search('渡口管理规定');
    expect(hits[0]).toMatchObject({ title: '（已废止）清溪县渡口管理暂行规定', label: '（已废止）' });
  });
});

describe('the glossary and the no-answer decision', () => {
  it('shows the term a question names as one card above the answers, not among them', async () => {
    const result = await search('敬老卡怎么办');
    expect(result.definition).toMatchObject({ term: '敬老卡', plain: '65周岁以上老人凭身份证办理，乘坐城乡公交免费。' });
    expect(result.hits.map((h) => h.kind)).not.toContain('term');
    expect(result.hits[0]?.refId).toBe(guidedQa);
    expect(result.answered).toBe(true);
  });

  it('says there is no answer for a question the content does not cover, and marks what it shows as weak', async () => {
    const result = await search('结婚证丢了怎么补办');
    expect(result.answered).toBe(false);
    expect(result.hits.every((h) => h.weak)).toBe(true);
  });

  it('finds nothing at all for a question with nothing in common', async () => {
    expect(await search('火星基地')).toEqual({ answered: false, definition: null, hits: [], logId: expect.any(String) });
  });
});

describe('Q&A and the service guide that does it', () => {
  it('offers the guide on a search hit for the Q&A that names it', async () => {
    const { hits } = await search('敬老卡怎么办');
    expect(hits.find((h) => h.refId === guidedQa)?.guide).toEqual({ title: '老年人乘公交优惠卡办理', path: `/more/service/index?id=${guide}` });
    expect(hits.filter((h) => h.refId !== guidedQa).every((h) => h.guide === null)).toBe(true);
  });

  it('lists the Q&A on the guide page', async () => {
    const res = await cloud.call<ServiceView>('public', 'getService', { id: guide }, 'anonymous');
    expect(res.ok && res.data.qas).toEqual([{ id: guidedQa, question: '敬老卡怎么办？' }]);
  });

  it('refuses a Q&A naming a guide that does not exist, and writes nothing', async () => {
    const before = await cloud.db.collection(REVISION_COLLECTION).count();
    const res = await cloud.call('staff', 'saveDraft', { revisionId: 'rev-bad-guide', kind: 'qa', targetId: null, content: qaInput({ serviceId: 'no-such-guide' }), changeNote: '' }, 'editor');
    expect(res).toEqual({ ok: false, code: 'NOT_FOUND', message: expect.stringContaining('关联的办事指南') });
    expect(await cloud.db.collection(REVISION_COLLECTION).count()).toEqual(before);
    const malformed = await cloud.call('staff', 'saveDraft', { revisionId: 'rev-bad-guide-2', kind: 'qa', targetId: null, content: qaInput({ serviceId: '../x' }), changeNote: '' }, 'editor');
    expect(malformed).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringContaining('关联办事指南') });
    expect((await cloud.db.collection(QA_COLLECTION).where({ serviceId: 'no-such-guide' }).count()).total).toBe(0);
  });
});
