// 建议提案办理结果: published on the workflow, listed by year and kind, searched by number, title or
// reply, each with its reply document; a withdrawn reply leaves the list and the year counts.
import type { ProposalListItem, ProposalView } from '#types/api/about-views';
import type { FeedPage } from '#types/api/public';
import type { Paged } from '#types/api/policy-views';
import type { SearchResult } from '#types/api/search-views';
import { proposalInput } from '../support/about-builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;
let bus: string;
let bridge: string;
let school: string;
let old: string;
const list = async (payload: Record<string, unknown>): Promise<string[]> => {
  const res = await cloud.call<Paged<ProposalListItem>>('public', 'listProposals', payload, 'anonymous');
  if (!res.ok) throw new Error(res.message);
  return res.data.items.map((p) => p.number);
};

beforeAll(async () => {
  cloud = await startProductCloud();
  const { fileID } = await cloud.cloud.uploadFile({ cloudPath: 'staff/o-local-editor/reply-12.pdf', fileContent: Buffer.from('%PDF-1.4 reply') });
  bus = (await publish(cloud, 'proposal', proposalInput({ attachments: [{ name: '答复函.pdf', fileId: fileID }] }))).targetId;
  bridge = (await publish(cloud, 'proposal', proposalInput({ number: '提案第7号', title: '关于修复石门乡危桥的提案', proposerType: 'member', session: '县政协十届五次会议', replySummary: '石门桥已列入 2026 年危桥改造计划，9 月底前完工。', repliedAt: '2026-07-02' }))).targetId;
  school = (await publish(cloud, 'proposal', proposalInput({ number: '建议第30号', title: '关于学校门口设置减速带的建议', replySummary: '已在城关一小门口设置减速带和警示标志。', repliedAt: '2026-05-10' }))).targetId;
  old = (await publish(cloud, 'proposal', proposalInput({ number: '建议第5号', title: '关于延长末班公交时间的建议', year: 2025, replySummary: '末班车已延后到 21:00。', repliedAt: '2025-06-30' }))).targetId;
});
afterAll(() => cloud.emulator.stop());

describe('建议提案办理结果', () => {
  it('lists replies newest first, by year and by kind', async () => {
    expect(await list({})).toEqual(['提案第7号', '建议第12号', '建议第30号', '建议第5号']);
    expect(await list({ year: 2026 })).toEqual(['提案第7号', '建议第12号', '建议第30号']);
    expect(await list({ year: 2026, proposerType: 'deputy' })).toEqual(['建议第12号', '建议第30号']);
    expect(await list({ year: 2025 })).toEqual(['建议第5号']);
    const years = await cloud.call('public', 'listProposalYears', {}, 'anonymous');
    expect(years).toEqual({ ok: true, data: { items: [{ year: 2026, count: 3 }, { year: 2025, count: 1 }] } });
  });

  it('pages through a year', async () => {
    const first = await cloud.call<Paged<ProposalListItem>>('public', 'listProposals', { year: 2026, limit: 2 }, 'anonymous');
    expect(first.ok && first.data.items.map((p) => p.id)).toEqual([bridge, bus]);
    const cursor = first.ok ? first.data.nextCursor : null;
    const second = await cloud.call<Paged<ProposalListItem>>('public', 'listProposals', { year: 2026, limit: 2, cursor }, 'anonymous');
    expect(second.ok && second.data).toMatchObject({ items: [{ id: school }], nextCursor: null });
  });

  it('searches the number, title and reply, every word, taking the words literally', async () => {
    expect(await list({ q: '公交' })).toEqual(['建议第12号', '建议第5号']);
    expect(await list({ q: '公交 末班' })).toEqual(['建议第5号']);
    expect(await list({ q: '第7号' })).toEqual(['提案第7号']);
    expect(await list({ q: '减速带', year: 2025 })).toEqual([]);
    expect(await list({ q: '.*' })).toEqual([]);
    expect(await list({ q: '(' })).toEqual([]);
  });

  it('shows one reply with its reply document', async () => {
    const res = await cloud.call<ProposalView>('public', 'getProposal', { id: bus }, 'anonymous');
    expect(res.ok && res.data).toMatchObject({
      number: '建议第12号', proposerType: 'deputy', year: 2026, session: '县十八届人大五次会议', repliedAt: '2026-06-20', version: 1, withdrawnNote: null,
      attachments: [{ name: '答复函.pdf', url: expect.stringContaining('reply-12.pdf') }],
    });
    expect(await cloud.call('public', 'getProposal', { id: 'proposal-nothing' }, 'anonymous')).toEqual({ ok: false, code: 'NOT_FOUND', message: '建议提案办理结果不存在或已删除' });
  });

  it('is on the home feed and found by search', async () => {
    const feed = await cloud.call<FeedPage>('public', 'listFeed', {}, 'anonymous');
    expect(feed.ok && feed.data.items.find((i) => i.refId === bridge)).toMatchObject({ kind: 'proposal', title: '政协委员提案答复：关于修复石门乡危桥的提案' });
    const found = await cloud.call<SearchResult>('search', 'search', { q: '危桥改造' }, 'anonymous');
    expect(found.ok && found.data.hits.some((h) => h.kind === 'proposal' && h.path === `/about/proposal/index?id=${bridge}`)).toBe(true);
  });

  it.each([
    [{ proposerType: 'mayor' }, '「类别」的取值不在允许范围内'],
    [{ number: '' }, '「编号」不能为空'],
    [{ year: 1999 }, '「年度」不能小于 2000'],
    [{ repliedAt: '2026-02-30' }, '「答复日期」不是存在的日期，请检查月份和日'],
    [{ replySummary: '' }, '「办理结果摘要」不能为空'],
  ])('refuses %j with a Chinese message', async (override, message) => {
    const res = await cloud.call('staff', 'saveDraft', { revisionId: `prop-${JSON.stringify(override).length}-${Object.keys(override)[0]}`, kind: 'proposal', targetId: null, content: proposalInput(override), changeNote: '' }, 'editor');
    expect(res).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });

  it('cannot be drafted by citizens', async () => {
    const res = await cloud.call('staff', 'saveDraft', { revisionId: 'prop-citizen', kind: 'proposal', targetId: null, content: proposalInput(), changeNote: '' }, 'citizenA');
    expect(res).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });

  it('drops a withdrawn reply from the list and the years, keeping its page with the reason', async () => {
    expect(await cloud.call('staff', 'withdrawItem', { kind: 'proposal', targetId: old, reason: '答复内容有误，更正后重新公开' }, 'reviewer')).toMatchObject({ ok: true });
    expect(await list({})).toEqual(['提案第7号', '建议第12号', '建议第30号']);
    const years = await cloud.call<{ items: { year: number }[] }>('public', 'listProposalYears', {}, 'anonymous');
    expect(years.ok && years.data.items.map((y) => y.year)).toEqual([2026]);
    const page = await cloud.call<ProposalView>('public', 'getProposal', { id: old }, 'anonymous');
    expect(page.ok && page.data.withdrawnNote).toBe('答复内容有误，更正后重新公开');
  });
});
