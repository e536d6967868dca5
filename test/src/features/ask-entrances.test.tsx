import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import HomePage from '@/pages/index/index';
import { MyIdentity } from '@/features/session';

const realFetch = global.fetch;
const navigate = jest.spyOn(Taro, 'navigateTo');
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  global.fetch = realFetch;
  navigate.mockClear();
});

describe('the way in to 我要提问', () => {
  it('is on 首页', async () => {
    global.fetch = jest.fn(async () => ({ json: async () => ({ ok: true, data: { items: [], nextCursor: null } }) }) as Response);
    render(<HomePage />);
    fireEvent.click(screen.getByText('我要提问'));
    expect(navigate).toHaveBeenCalledWith({ url: '/more/ask/index' });
    await screen.findByText('暂时还没有发布的内容');
  });

  it('is on 我的, for visitors too', () => {
    render(<MyIdentity state={{ me: { signedIn: false, roles: [], name: null, uploadFolder: null }, error: null, reload: () => undefined }} />);
    fireEvent.click(screen.getByText('我要提问'));
    expect(navigate).toHaveBeenCalledWith({ url: '/more/ask/index' });
  });
});
