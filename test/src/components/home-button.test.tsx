import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import { Page } from '@/components/ui/page';

const switchTab = jest.fn(async () => undefined);
function stack(...routes: string[]): void {
  Object.assign(Taro, { getCurrentPages: () => routes.map((route) => ({ route })), switchTab });
}

describe('返回首页', () => {
  it('shows on a content page opened cold from a share, and goes home', async () => {
    stack('/pages/policy/index'); // H5 routes start with a slash
    render(<Page elder={false}>政策</Page>);
    fireEvent.click(await screen.findByText('返回首页'));
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });

  it('does not show when there is a page to go back to, or on a tab page', async () => {
    stack('pages/index/index', 'pages/policy/index');
    const { unmount } = render(<Page elder={false}>政策</Page>);
    await screen.findByText('政策');
    expect(screen.queryByText('返回首页')).toBeNull();
    unmount();
    for (const route of ['pages/index/index', '/pages/mine/index', '/']) {
      stack(route);
      const view = render(<Page elder={false}>首页</Page>);
      await screen.findByText('首页');
      expect(screen.queryByText('返回首页')).toBeNull();
      view.unmount();
    }
  });
});
