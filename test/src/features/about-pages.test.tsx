import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import type { BureauView, GuideView } from '#types/api/about-views';
import { BureauInfo, CatalogueBrowser, DisclosureGuide, ProposalList } from '@/features/about';
import HomePage from '@/pages/index/index';
import { gatewayAnswers } from '../../support/gateway-answers';

const realFetch = global.fetch;
const navigate = jest.spyOn(Taro, 'navigateTo');
const dialled = jest.fn(async () => undefined);
(Taro as unknown as { makePhoneCall: typeof dialled }).makePhoneCall = dialled;

const noHistory = { ok: true, data: { items: [], nextCursor: null } };
const guide: GuideView = {
  intro: '依据条例编制。', sections: [{ heading: '救济途径', text: '可以申请行政复议。' }], address: '人民路 8 号', hours: '工作日', email: '',
  phones: [{ label: '依申请公开受理', number: '0571-65123301' }, { label: '热线', number: '12328' }], version: 2, updatedAt: '2026-06-01T02:00:00.000Z',
};
const bureau: BureauView = {
  name: '清溪县交通运输局', functions: '负责公路建设。\n负责运输管理。', address: '人民路 8 号', hours: '工作日', phones: [{ label: '办公室', number: '0571 65123300' }],
  bodies: [{ name: '办公室', duties: '日常运转', phone: '0571-65123300-8' }, { name: '安全应急科', duties: '安全生产', phone: '' }],
  leaders: [{ name: '周明远', post: '局长', duties: '主持全面工作' }], version: 1, updatedAt: '2026-06-01T02:00:00.000Z',
};

beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  global.fetch = realFetch;
  navigate.mockClear();
  dialled.mockClear();
});

describe('公开指南', () => {
  it('shows the sections and calls a number when tapped, digits only', async () => {
    gatewayAnswers({ getGuide: { ok: true, data: guide }, listHistory: noHistory });
    render(<DisclosureGuide />);
    expect(await screen.findByText('可以申请行政复议。')).toBeInTheDocument();
    fireEvent.click(screen.getByText('依申请公开受理：0571-65123301（点按拨打）'));
    expect(dialled).toHaveBeenCalledWith({ phoneNumber: '057165123301' });
    fireEvent.click(screen.getByText('在线申请公开'));
    expect(navigate).toHaveBeenCalledWith({ url: '/more/disclosure/index' });
  });

  it('says so, with a retry, when it cannot be read', async () => {
    gatewayAnswers({ getGuide: { ok: false, code: 'NOT_FOUND', message: '公开指南不存在或已删除' } });
    render(<DisclosureGuide />);
    expect(await screen.findByText(/公开指南不存在或已删除/)).toBeInTheDocument();
    gatewayAnswers({ getGuide: { ok: true, data: guide }, listHistory: noHistory });
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('可以申请行政复议。')).toBeInTheDocument();
  });
});

describe('机构信息', () => {
  it('lists leaders and bodies; a body’s phone dials without its extension', async () => {
    gatewayAnswers({ getBureau: { ok: true, data: bureau }, listHistory: noHistory });
    render(<BureauInfo />);
    expect(await screen.findByText('局长 周明远')).toBeInTheDocument();
    fireEvent.click(screen.getByText('拨打 0571-65123300-8'));
    expect(dialled).toHaveBeenCalledWith({ phoneNumber: '057165123300' });
    fireEvent.click(screen.getByText('办公室：0571 65123300（点按拨打）'));
    expect(dialled).toHaveBeenLastCalledWith({ phoneNumber: '057165123300' });
    expect(screen.getAllByText(/^拨打 /)).toHaveLength(1); // 安全应急科 has no phone of its own
  });
});

describe('公开目录', () => {
  const section = (category: string, label: string, items: unknown[], nextCursor: string | null = null) => ({ category, label, items, nextCursor });
  const item = (id: string, title: string) => ({ id, title, docNumber: '清交〔2026〕1号', date: '2026-03-01', path: `/pages/policy/index?id=${id}` });

  it('shows each category, loads more of one, and downloads the CSV on H5', async () => {
    const asked = gatewayAnswers({
      getCatalogue: { ok: true, data: { sections: [section('policy', '政策文件', [item('p1', '养护办法')], '1'), section('budget', '财政预决算', [])] } },
      listCatalogue: { ok: true, data: { items: [item('p2', '超限治理方案')], nextCursor: null } },
      exportCatalogue: { ok: true, data: { csv: '\uFEFF类别,标题\r\n', count: 2, exportedAt: '2026-06-01T02:00:00.000Z' } },
    });
    window.URL.createObjectURL = jest.fn(() => 'blob:catalogue');
    window.URL.revokeObjectURL = jest.fn();
    const saved: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    render(<CatalogueBrowser />);
    expect(await screen.findByText('养护办法')).toBeInTheDocument();
    expect(screen.getByText('暂无公开内容')).toBeInTheDocument();
    fireEvent.click(screen.getByText('更多政策文件'));
    expect(await screen.findByText('超限治理方案')).toBeInTheDocument();
    expect(asked).toContainEqual({ action: 'listCatalogue', payload: { category: 'policy', cursor: '1' } });
    expect(screen.queryByText('更多政策文件')).toBeNull();
    fireEvent.click(screen.getByText('养护办法'));
    expect(navigate).toHaveBeenCalledWith({ url: '/pages/policy/index?id=p1' });
    fireEvent.click(screen.getByText('下载目录（CSV 表格）'));
    expect(await screen.findByText('已开始下载（2 条）')).toBeInTheDocument();
    expect(saved).toEqual(['政府信息公开目录-2026-06-01.csv']);
    click.mockRestore();
  });
});

describe('建议提案办理结果', () => {
  it('filters by year and searches the words typed', async () => {
    const asked = gatewayAnswers({ listProposalYears: { ok: true, data: { items: [{ year: 2026, count: 3 }, { year: 2025, count: 1 }] } }, listProposals: noHistory });
    render(<ProposalList />);
    fireEvent.click(await screen.findByText('2025年'));
    fireEvent.change(screen.getByPlaceholderText('搜索编号、标题或答复内容'), { target: { value: ' 公交 ' } });
    fireEvent.click(screen.getByText('搜索'));
    expect(await screen.findByText('没有找到含“公交”的办理结果')).toBeInTheDocument();
    expect(asked.filter((a) => a.action === 'listProposals').map((a) => a.payload)).toContainEqual({ year: 2025, q: '公交' });
  });
});

describe('the way in to the bureau’s pages', () => {
  it('is at the foot of 首页', async () => {
    gatewayAnswers({ listFeed: { ok: true, data: { items: [], nextCursor: null } } });
    render(<HomePage />);
    fireEvent.click(screen.getByText('机构信息'));
    expect(navigate).toHaveBeenCalledWith({ url: '/about/bureau/index' });
    fireEvent.click(screen.getByText('建议提案办理结果'));
    expect(navigate).toHaveBeenCalledWith({ url: '/about/proposals/index' });
    await screen.findByText('暂时还没有发布的内容');
  });
});
