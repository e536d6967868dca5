import { render, screen } from '@testing-library/react';
import type { NoticeView } from '#types/api/notice-views';
import { BroadcastView } from '@/features/notices/broadcast';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
  localStorage.clear();
});
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});

function gatewayAnswers(notice: NoticeView): void {
  global.fetch = jest.fn(async () => ({ json: async () => ({ ok: true, data: notice }) }) as Response) as typeof fetch;
}

const notice: NoticeView = {
  id: 'n1', kind: 'closure', title: 'G320线石门段半幅封闭施工', area: '石门乡石门村', validFrom: '2026-06-10', validTo: '2026-06-12',
  publishedAt: '2026-06-01T02:00:00.000Z', read: false, withdrawn: false, body: '6月10日8:00—18:00半幅封闭，请绕行S218。详见 https://example.gov.cn/n/1 。',
  audience: 'topic', related: null, withdrawnNote: null,
};

describe('BroadcastView', () => {
  it('shows the notice as an announcer reads it, with its length, ready to copy and to hear', async () => {
    gatewayAnswers(notice);
    render(<BroadcastView id="n1" bureau="清溪县交通运输局" />);
    const script = await screen.findByText(/^村民朋友们请注意，现在播送清溪县交通运输局的交通管制通知。/);
    expect(script.textContent).toContain('国道三二零线石门段半幅封闭施工');
    expect(script.textContent).toContain('再播送一遍');
    expect(script.textContent).not.toMatch(/\d|https?/);
    expect(screen.getByText(/^约 \d+ 秒（按每秒 4 个字估算）$/)).toBeInTheDocument();
    expect(screen.getByText('复制广播稿')).toBeInTheDocument();
    expect(screen.getByText('试听')).toBeInTheDocument();
    expect(screen.queryByText('要点稿')).toBeNull();
  });

  it('offers the brief script first when the full one runs past 90 seconds', async () => {
    gatewayAnswers({ ...notice, body: '施工期间请过往车辆减速慢行，服从现场人员指挥，注意安全。'.repeat(15) });
    render(<BroadcastView id="n1" bureau="清溪县交通运输局" />);
    expect(await screen.findByText(/超过 90 秒，听的人不容易记住/)).toBeInTheDocument();
    const titles = screen.getAllByText(/^(要点稿|全文稿)$/).map((e) => e.textContent);
    expect(titles).toEqual(['要点稿', '全文稿']);
  });

  it('says a withdrawn notice must not be broadcast', async () => {
    gatewayAnswers({ ...notice, withdrawn: true, withdrawnNote: '施工推迟' });
    render(<BroadcastView id="n1" bureau="清溪县交通运输局" />);
    expect(await screen.findByText('这条通知已撤回：施工推迟，请不要再播送。')).toBeInTheDocument();
    expect(screen.queryByText('复制广播稿')).toBeNull();
  });
});
