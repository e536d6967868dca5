// 政府信息公开目录: everything published, by category, from the published collections; paged per
// category; withdrawn items left out; the whole of it exported as CSV.
import type { CatalogueItem, CatalogueSection } from '#types/api/catalogue-views';
import type { Paged } from '#types/api/policy-views';
import { bureauInput, guideInput, proposalInput } from '../support/about-builders';
import { consultationInput, noticeInput, policyInput, projectInput, serviceInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;
const policies: string[] = [];
let proposal: string;

beforeAll(async () => {
  cloud = await startProductCloud();
  for (let day = 1; day <= 7; day += 1) {
    const title = day === 3 ? '清溪县农村公路养护办法,试行' : day === 4 ? '=HYPERLINK("x")通知' : `清溪县交通运输政策${day}`;
    policies.push((await publish(cloud, 'policy', policyInput({ title, docNumber: `清交〔2026〕${day}号`, issuedAt: `2026-03-0${day}` }))).targetId);
  }
  proposal = (await publish(cloud, 'proposal', proposalInput())).targetId;
  await publish(cloud, 'guide', guideInput());
  await publish(cloud, 'bureau', bureauInput());
  await publish(cloud, 'service', serviceInput());
  await publish(cloud, 'consultation', consultationInput());
  await publish(cloud, 'project', projectInput());
  await publish(cloud, 'notice', noticeInput());
});
afterAll(() => cloud.emulator.stop());

const catalogue = async (): Promise<CatalogueSection[]> => {
  const res = await cloud.call<{ sections: CatalogueSection[] }>('public', 'getCatalogue', {}, 'anonymous');
  if (!res.ok) throw new Error(res.message);
  return res.data.sections;
};

describe('政府信息公开目录', () => {
  it('lists every category with its first items, newest first, and where the rest continue', async () => {
    const sections = await catalogue();
    expect(sections.map((s) => [s.label, s.items.length, s.nextCursor])).toEqual([
      ['机构信息和公开指南', 2, null],
      ['政策文件', 5, '5'],
      ['建议提案办理结果', 1, null],
      ['重大建设项目', 1, null],
      ['办事指南', 1, null],
      ['财政预决算', 0, null],
      ['通知公告', 1, null],
      ['意见征集', 1, null],
      ['政府信息公开工作年度报告', 0, null],
    ]);
    const policy = sections[1]?.items[0];
    expect(policy).toEqual({ id: policies[6], title: '清溪县交通运输政策7', docNumber: '清交〔2026〕7号', date: '2026-03-07', path: `/pages/policy/index?id=${policies[6]}` });
    expect(sections[0]?.items.map((i) => i.path)).toEqual(['/about/bureau/index', '/about/guide/index']);
    expect(sections[2]?.items).toEqual([{ id: proposal, title: '关于增开城乡公交班次的建议', docNumber: '建议第12号', date: '2026-06-20', path: `/about/proposal/index?id=${proposal}` }]);
  });

  it('pages through one category', async () => {
    const first = await cloud.call<Paged<CatalogueItem>>('public', 'listCatalogue', { category: 'policy', limit: 4 }, 'anonymous');
    expect(first.ok && [first.data.items.map((i) => i.date), first.data.nextCursor]).toEqual([['2026-03-07', '2026-03-06', '2026-03-05', '2026-03-04'], '4']);
    const rest = await cloud.call<Paged<CatalogueItem>>('public', 'listCatalogue', { category: 'policy', limit: 4, cursor: '4' }, 'anonymous');
    expect(rest.ok && [rest.data.items.map((i) => i.date), rest.data.nextCursor]).toEqual([['2026-03-03', '2026-03-02', '2026-03-01'], null]);
  });

  it('refuses an unknown category or a bad cursor in Chinese', async () => {
    expect(await cloud.call('public', 'listCatalogue', { category: 'secrets' }, 'anonymous')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await cloud.call('public', 'listCatalogue', { category: 'policy', cursor: 'abc' }, 'anonymous')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '翻页参数无效，请刷新后重试' });
  });

  it('exports everything as CSV a spreadsheet opens, quoting and defusing what it must', async () => {
    const res = await cloud.call<{ csv: string; count: number; exportedAt: string }>('public', 'exportCatalogue', {}, 'anonymous');
    if (!res.ok) throw new Error(res.message);
    const rows = res.data.csv.split('\r\n');
    expect(rows[0]).toBe('\uFEFF类别,标题,文号或编号,日期,小程序页面');
    expect(res.data.count).toBe(14);
    expect(rows.length).toBe(res.data.count + 2); // header, rows and the final line break
    expect(rows).toContain(`政策文件,"清溪县农村公路养护办法,试行",清交〔2026〕3号,2026-03-03,/pages/policy/index?id=${policies[2]}`);
    expect(rows).toContain(`政策文件,"'=HYPERLINK(""x"")通知",清交〔2026〕4号,2026-03-04,/pages/policy/index?id=${policies[3]}`);
    expect(Math.abs(Date.parse(res.data.exportedAt) - cloud.now().getTime())).toBeLessThan(60_000);
  });

  it('leaves out what was withdrawn', async () => {
    expect(await cloud.call('staff', 'withdrawItem', { kind: 'policy', targetId: policies[6], reason: '文件有误' }, 'reviewer')).toMatchObject({ ok: true });
    expect(await cloud.call('staff', 'withdrawItem', { kind: 'guide', targetId: 'guide', reason: '重新编制' }, 'reviewer')).toMatchObject({ ok: true });
    const sections = await catalogue();
    expect(sections[1]?.items.map((i) => i.id)).toEqual(policies.slice(1, 6).reverse());
    expect(sections[1]?.nextCursor).toBe('5');
    expect(sections[0]?.items.map((i) => i.id)).toEqual(['bureau']);
    expect(await cloud.call('public', 'getGuide', {}, 'anonymous')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const res = await cloud.call<{ count: number }>('public', 'exportCatalogue', {}, 'anonymous');
    expect(res.ok && res.data.count).toBe(12);
  });
});
