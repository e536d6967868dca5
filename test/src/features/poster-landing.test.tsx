import { render, screen } from '@testing-library/react';
import { PosterLandingView } from '@/features/posters';
import { gatewayAnswers } from '../../support/gateway-answers';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});

describe('PosterLandingView', () => {
  it('counts the scan once as the poster’s source, and says a withdrawn item was withdrawn, offering what replaced it', async () => {
    const asked = gatewayAnswers({
      openPoster: { ok: true, data: { state: 'withdrawn', title: '旧养护办法', note: '已被新办法替代', replacement: { title: '新养护办法', path: '/pages/policy/index?id=p2' } } },
      recordOpen: { ok: true, data: { counted: true } },
    });
    render(<PosterLandingView id="AbCdEfGhIjKl" />);
    expect(await screen.findByText('「旧养护办法」已撤回')).toBeInTheDocument();
    expect(screen.getByText('原因：已被新办法替代')).toBeInTheDocument();
    expect(screen.getByText('查看替代它的：新养护办法')).toBeInTheDocument();
    expect(asked.filter((a) => a.action === 'recordOpen').map((a) => a.payload)).toEqual([{ src: 'poster.AbCdEfGhIjKl' }]);
  });

  it('lists a 本村公开栏 sheet’s items', async () => {
    gatewayAnswers({
      openPoster: { ok: true, data: { state: 'board', title: '本村公开栏 · 上坪村', area: '石门乡/上坪村', items: [{ kind: 'notice', title: 'S205上坪段封闭施工', path: '/pages/notice/index?id=n1' }] } },
      recordOpen: { ok: true, data: { counted: true } },
    });
    render(<PosterLandingView id="ZyXwVuTsRqPo" />);
    expect(await screen.findByText('S205上坪段封闭施工')).toBeInTheDocument();
    expect(screen.getByText('本村公开栏 · 上坪村')).toBeInTheDocument();
  });
});
