// 公开指南 and 机构信息: one document each on the publishing workflow (drafts, review, versions, history),
// read by anyone; their input checked with Chinese messages; citizens cannot write them.
import type { BureauView, GuideView } from '#types/api/about-views';
import type { RevisionDetail } from '#types/api/workflow';
import type { HistoryItem, Paged } from '#types/api/policy-views';
import type { SearchResult } from '#types/api/search-views';
import { bureauInput, guideInput } from '../support/about-builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { approval, publish } from '../support/workflow-steps';

let cloud: ProductCloud;
let n = 0;
const draft = (kind: string, content: unknown, as: 'editor' | 'citizenA' = 'editor', targetId: string | null = null) =>
  cloud.call<RevisionDetail>('staff', 'saveDraft', { revisionId: `about-${(n += 1)}`, kind, targetId, content, changeNote: '' }, as);

/** Approval as publish() in workflow-steps sends it (keep the two alike if the review step gains fields). */
const approve = (revisionId: string, as: 'reviewer' | 'citizenA') => cloud.call('staff', 'reviewRevision', approval(revisionId), as);

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

describe('公开指南', () => {
  it('is not there until published, then has one fixed id, versions and 更新记录', async () => {
    expect(await cloud.call('public', 'getGuide', {}, 'anonymous')).toEqual({ ok: false, code: 'NOT_FOUND', message: '公开指南不存在或已删除' });
    const first = await publish(cloud, 'guide', guideInput());
    expect(first.targetId).toBe('guide');
    const v1 = await cloud.call<GuideView>('public', 'getGuide', {}, 'anonymous');
    expect(v1.ok && v1.data).toMatchObject({ version: 1, address: '清溪县城关镇人民路 8 号交通运输局一楼服务窗口', phones: [{ label: '依申请公开受理', number: '0571-88886666' }, { label: '交通服务热线', number: '12328' }] });
    expect(v1.ok && v1.data.sections.map((s) => s.heading)).toEqual(['申请方式', '处理期限', '救济途径']);

    // A new draft with no target still revises the one guide.
    const second = await publish(cloud, 'guide', guideInput({ hours: '工作日 9:00—17:00' }));
    expect(second.targetId).toBe('guide');
    const v2 = await cloud.call<GuideView>('public', 'getGuide', {}, 'citizenA');
    expect(v2.ok && [v2.data.version, v2.data.hours]).toEqual([2, '工作日 9:00—17:00']);
    const history = await cloud.call<Paged<HistoryItem>>('public', 'listHistory', { kind: 'guide', id: 'guide' }, 'anonymous');
    expect(history.ok && history.data.items.map((h) => [h.version, h.note])).toEqual([[2, '内容更新'], [1, '首次发布']]);
  });

  it('is found by search', async () => {
    const res = await cloud.call<SearchResult>('search', 'search', { q: '信息公开指南' }, 'anonymous');
    expect(res.ok && res.data.hits.some((h) => h.kind === 'guide' && h.path === '/about/guide/index')).toBe(true);
  });

  it('refuses a draft naming another item as the guide', async () => {
    expect(await draft('guide', guideInput(), 'editor', 'guide-other')).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '公开指南不存在或已删除' });
  });

  it('refuses a draft based on a version that has since been replaced', async () => {
    const stale = await draft('guide', guideInput({ hours: '全天' }));
    expect(stale.ok && stale.data.baseVersion).toBe(2);
    await publish(cloud, 'guide', guideInput({ hours: '工作日 8:00—17:00' }));
    const id = stale.ok ? stale.data.id : '';
    await cloud.call('staff', 'submitRevision', { revisionId: id }, 'editor');
    const res = await approve(id, 'reviewer');
    expect(res).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    const now = await cloud.call<GuideView>('public', 'getGuide', {}, 'anonymous');
    expect(now.ok && [now.data.version, now.data.hours]).toEqual([3, '工作日 8:00—17:00']);
  });

  it('publishes exactly one of two drafts approved at the same moment', async () => {
    const drafts = await Promise.all(['上午 9:00 开门', '上午 8:00 开门'].map((hours) => draft('guide', guideInput({ hours }))));
    const ids = drafts.map((d) => (d.ok ? d.data.id : ''));
    for (const id of ids) await cloud.call('staff', 'submitRevision', { revisionId: id }, 'editor');
    const results = await Promise.all(ids.map((id) => approve(id, 'reviewer')));
    expect(results.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['FAILED_PRECONDITION', 'ok']);
    const now = await cloud.call<GuideView>('public', 'getGuide', {}, 'anonymous');
    const winner = results.findIndex((r) => r.ok);
    expect(now.ok && [now.data.version, now.data.hours]).toEqual([4, ['上午 9:00 开门', '上午 8:00 开门'][winner]]);
  });

  it.each([
    [{ phones: [{ label: '受理', number: '88886666转' }] }, '「电话号码（第 1 项）」不是能拨打的电话号码，请填手机号、带区号的固定电话（如 0571-88886666）或 12328 这样的服务号码'],
    [{ phones: [] }, '「联系电话」不能为空'],
    [{ sections: [] }, '「指南内容」不能为空'],
    [{ address: '' }, '「受理地址」不能为空'],
    [{ email: 'gk@' }, '邮箱格式不正确'],
  ])('refuses %j with a Chinese message', async (override, message) => {
    expect(await draft('guide', guideInput(override))).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });

  it('refuses a guide missing a field', async () => {
    const { intro: _intro, ...rest } = guideInput();
    expect(await draft('guide', rest)).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '缺少字段「概述」' });
  });
});

describe('机构信息', () => {
  it('is published through the workflow and read by anyone, phones as typed', async () => {
    expect(await cloud.call('public', 'getBureau', {}, 'anonymous')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await publish(cloud, 'bureau', bureauInput())).targetId).toBe('bureau');
    const res = await cloud.call<BureauView>('public', 'getBureau', {}, 'anonymous');
    expect(res.ok && res.data).toMatchObject({ name: '清溪县交通运输局', version: 1, phones: [{ label: '办公室', number: '0571 88886601' }, { label: '投诉电话', number: '13800001111' }] });
    expect(res.ok && res.data.leaders.map((l) => `${l.post}${l.name}`)).toEqual(['局长王清', '副局长陈溪']);
    expect(res.ok && res.data.bodies[1]).toEqual({ name: '综合规划科', duties: '负责交通规划和项目前期工作。', phone: '' });
  });

  it.each([
    [{ bodies: [{ name: '办公室', duties: '日常运转', phone: '1380000111' }] }, '「内设机构电话（第 1 项）」不是能拨打的电话号码，请填手机号、带区号的固定电话（如 0571-88886666）或 12328 这样的服务号码'],
    [{ phones: [{ label: '值班', number: 'tel:110' }] }, '「电话号码（第 1 项）」不是能拨打的电话号码，请填手机号、带区号的固定电话（如 0571-88886666）或 12328 这样的服务号码'],
    [{ leaders: [] }, '「领导」不能为空'],
    [{ leaders: [{ name: '王清', post: '', duties: '主持全面工作。' }] }, '「职务（第 1 项）」不能为空'],
    [{ name: '' }, '「机构名称」不能为空'],
  ])('refuses %j with a Chinese message', async (override, message) => {
    expect(await draft('bureau', bureauInput(override))).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });

  it('cannot be written, reviewed or withdrawn by citizens', async () => {
    expect(await draft('bureau', bureauInput(), 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'withdrawItem', { kind: 'bureau', targetId: 'bureau', reason: '测试撤回' }, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    const pending = await draft('bureau', bureauInput({ hours: '全天' }));
    const id = pending.ok ? pending.data.id : '';
    await cloud.call('staff', 'submitRevision', { revisionId: id }, 'editor');
    expect(await approve(id, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    const still = await cloud.call<BureauView>('public', 'getBureau', {}, 'anonymous');
    expect(still.ok && [still.data.version, still.data.hours]).toEqual([1, '工作日 8:30—12:00，14:30—17:30']);
  });

  it('gives staff the published content to edit', async () => {
    const res = await cloud.call<{ content: Record<string, unknown>; version: number }>('staff', 'getEditable', { kind: 'bureau', targetId: 'bureau' }, 'editor');
    expect(res.ok && res.data).toEqual({ content: bureauInput(), version: 1 });
  });
});
