import type { PolicyListItem, PolicyView, QaItem, SearchHitView } from '#types/api/policy-views';
import { policyInput, qaInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;
let rideHailing: string;
let overload: string;

beforeAll(async () => {
  cloud = await startProductCloud();
  rideHailing = (await publish(cloud, 'policy', policyInput({ title: '网络预约出租汽车经营服务管理办法', category: 'ride_hailing', issuedAt: '2025-06-01', summary: '网约车平台、车辆和驾驶员都要取得许可。', body: { format: 'text', source: '第一条 网络预约出租汽车经营者应当取得经营许可。\n第二条 驾驶员应当取得从业资格证。' } }))).targetId;
  overload = (await publish(cloud, 'policy', policyInput({ title: '超限运输车辆行驶公路管理规定', category: 'overload', status: 'amended', issuedAt: '2026-02-01', summary: '货车不能超过限定的重量和尺寸。' }))).targetId;
  await publish(cloud, 'term', { term: '超限运输', aliases: ['超载'], plain: '货车的重量或尺寸超过公路允许的标准。' });
  for (let i = 0; i < 7; i += 1) await publish(cloud, 'qa', qaInput({ policyId: rideHailing, topic: 'ride_hailing', question: `网约车问题${i}`, answer: `回答${i}`, order: i }));
});
afterAll(() => cloud.emulator.stop());

describe('the policy library', () => {
  it('lists policies newest first and filters by category, status and year', async () => {
    const all = await cloud.call<{ items: PolicyListItem[] }>('public', 'listPolicies', {}, 'anonymous');
    expect(all.ok && all.data.items.map((p) => p.id)).toEqual([overload, rideHailing]);
    const byCategory = await cloud.call<{ items: PolicyListItem[] }>('public', 'listPolicies', { category: 'ride_hailing' }, 'citizenA');
    expect(byCategory.ok && byCategory.data.items.map((p) => p.id)).toEqual([rideHailing]);
    const byStatus = await cloud.call<{ items: PolicyListItem[] }>('public', 'listPolicies', { status: 'amended', year: 2026 }, 'citizenA');
    expect(byStatus.ok && byStatus.data.items.map((p) => p.id)).toEqual([overload]);
  });

  it('opens a policy with its explainer, first Q&A page, history and the glossary terms it uses', async () => {
    const res = await cloud.call<PolicyView>('public', 'getPolicy', { id: overload }, 'citizenA');
    if (!res.ok) throw new Error(res.message);
    expect(res.data.explainer?.keyPoints).toEqual(['县道县管、乡道乡管、村道村管']);
    expect(res.data.terms.map((t) => t.term)).toEqual(['超限运输']);
    expect(res.data.history.items).toEqual([expect.objectContaining({ version: 1, note: '首次发布' })]);
    const withQa = await cloud.call<PolicyView>('public', 'getPolicy', { id: rideHailing }, 'citizenA');
    expect(withQa.ok && withQa.data.qas.items.map((q) => q.question)).toEqual(['网约车问题0', '网约车问题1', '网约车问题2', '网约车问题3', '网约车问题4']);
    const more = await cloud.call<{ items: QaItem[]; nextCursor: string | null }>('public', 'listQas', { policyId: rideHailing, cursor: withQa.ok ? (withQa.data.qas.nextCursor ?? '') : '' }, 'citizenA');
    expect(more.ok && more.data.items.map((q) => q.question)).toEqual(['网约车问题5', '网约车问题6']);
  });

  it('says NOT_FOUND for an unknown policy and INVALID_ARGUMENT for a malformed id', async () => {
    expect(await cloud.call('public', 'getPolicy', { id: 'nope' }, 'citizenA')).toEqual({ ok: false, code: 'NOT_FOUND', message: '政策不存在或已删除' });
    expect(await cloud.call('public', 'getPolicy', { id: '../x' }, 'citizenA')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await cloud.call('public', 'listPolicies', { category: 'spaceships' }, 'citizenA')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });

  it('pages a long original so the first screen stays small', async () => {
    const source = Array.from({ length: 400 }, (_, i) => `第${i + 1}条 ${'公路养护管理的具体要求和责任分工说明。'.repeat(4)}`).join('\n');
    const long = (await publish(cloud, 'policy', policyInput({ body: { format: 'text', source } }))).targetId;
    const res = await cloud.call<PolicyView>('public', 'getPolicy', { id: long }, 'citizenA');
    if (!res.ok) throw new Error(res.message);
    expect(Buffer.byteLength(JSON.stringify(res.data))).toBeLessThan(64 * 1024);
    let from = res.data.bodyNextFrom;
    let blocks = res.data.body.length;
    while (from !== null) {
      const next = await cloud.call<{ blocks: unknown[]; nextFrom: number | null }>('public', 'getPolicyBody', { id: long, from }, 'citizenA');
      if (!next.ok) throw new Error(next.message);
      blocks += next.data.blocks.length;
      from = next.data.nextFrom;
    }
    expect(blocks).toBe(400);
  });
});

describe('files', () => {
  it('gives readers working links to a policy’s attachments and explainer images', async () => {
    const { fileID: doc } = await cloud.cloud.uploadFile({ cloudPath: 'staff/o-local-editor/rules.pdf', fileContent: Buffer.from('%PDF-1.4 rules') });
    const { fileID: img } = await cloud.cloud.uploadFile({ cloudPath: 'staff/o-local-editor/diagram.png', fileContent: Buffer.from('png') });
    const id = (
      await publish(cloud, 'policy', policyInput({ attachments: [{ name: '办法全文.pdf', fileId: doc }], explainer: { keyPoints: ['一图看懂'], images: [{ fileId: img, caption: '养护责任图' }] } }))
    ).targetId;
    const res = await cloud.call<PolicyView>('public', 'getPolicy', { id }, 'citizenA');
    if (!res.ok) throw new Error(res.message);
    expect(res.data.attachments[0]?.name).toBe('办法全文.pdf');
    expect(await (await fetch(res.data.attachments[0]?.url ?? '')).text()).toBe('%PDF-1.4 rules');
    expect(res.data.explainer?.images).toEqual([{ url: expect.stringContaining('/storage/file/staff/o-local-editor/diagram.png'), caption: '养护责任图' }]);
  });

  it('refuses a file reference that is not a cloud file', async () => {
    const res = await cloud.call('staff', 'saveDraft', { revisionId: `r-${Date.now()}`, kind: 'policy', content: policyInput({ attachments: [{ name: 'x', fileId: 'https://evil.example/x.pdf' }] }), changeNote: '' }, 'editor');
    expect(res).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '「附件文件（第 1 项）」不是有效的上传文件，请重新上传' });
  });
});

describe('有帮助 / 没帮助', () => {
  it('counts one vote per person, and a changed mind moves it', async () => {
    const vote = (helpful: boolean, as: 'citizenA' | 'citizenB') => cloud.call<{ votes: { helpful: number; unhelpful: number } }>('public', 'vote', { kind: 'policy', id: overload, helpful }, as);
    await vote(true, 'citizenA');
    await vote(true, 'citizenA');
    await vote(true, 'citizenB');
    const changed = await vote(false, 'citizenB');
    expect(changed).toMatchObject({ ok: true, data: { votes: { helpful: 1, unhelpful: 1 }, myVote: false } });
    const seen = await cloud.call<PolicyView>('public', 'getPolicy', { id: overload }, 'citizenA');
    expect(seen.ok && [seen.data.votes, seen.data.myVote]).toEqual([{ helpful: 1, unhelpful: 1 }, true]);
  });

  it('needs a WeChat user and an existing item', async () => {
    expect(await cloud.call('public', 'vote', { kind: 'policy', id: overload, helpful: true }, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await cloud.call('public', 'vote', { kind: 'qa', id: 'nope', helpful: true }, 'citizenA')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await cloud.call('public', 'vote', { kind: 'qa', id: 'x', helpful: 'yes' }, 'citizenA')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });
});

describe('search', () => {
  const search = async (q: string): Promise<SearchHitView[]> => {
    const res = await cloud.call<{ hits: SearchHitView[] }>('search', 'search', { q }, 'anonymous');
    if (!res.ok) throw new Error(res.message);
    return res.data.hits;
  };

  it('finds a policy by the everyday word for its official term', async () => {
    expect((await search('网约车要办什么证'))[0]?.refId).toBe(rideHailing);
    expect((await search('超载罚款'))[0]?.title).toMatch(/超限/);
  });

  it('highlights the matched words in the snippet', async () => {
    const [hit] = await search('从业资格证');
    expect(hit).toBeDefined();
    const marked = hit?.highlights.map(([s, e]) => hit.snippet.slice(s, e)).join('|');
    expect(marked).toMatch(/从业|资格/);
  });

  it('finds an item the moment it is published, and not after it is withdrawn', async () => {
    expect(await search('候车亭无障碍')).toEqual([]);
    const p = await publish(cloud, 'policy', policyInput({ title: '候车亭无障碍设计导则', summary: '候车亭要有盲道和座椅。' }));
    expect((await search('候车亭无障碍'))[0]?.refId).toBe(p.targetId);
    await cloud.call('staff', 'withdrawItem', { kind: 'policy', targetId: p.targetId, reason: '重复发布' }, 'reviewer');
    expect((await search('候车亭无障碍')).map((h) => h.refId)).not.toContain(p.targetId);
  });

  it('rejects an empty or overlong query', async () => {
    expect(await cloud.call('search', 'search', { q: '   ' }, 'anonymous')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await cloud.call('search', 'search', { q: '长'.repeat(51) }, 'anonymous')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });
});
