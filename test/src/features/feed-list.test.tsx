import { fireEvent, render, screen } from '@testing-library/react';
import type { FeedItem } from '#types/models/feed';
import { FeedList } from '@/features/feed';
import type { FeedState } from '@/features/feed/hooks/use-feed';

const item = (n: number): FeedItem => ({
  id: `f${n}`,
  kind: 'notice',
  refId: `n${n}`,
  title: `通知${n}`,
  summary: `摘要${n}`,
  publishedAt: '2026-01-05T02:00:00.000Z',
});

function state(overrides: Partial<FeedState>): FeedState {
  return {
    items: [],
    status: 'ready',
    staleSince: null,
    error: null,
    hasMore: false,
    loadingMore: false,
    reload: jest.fn(),
    loadMore: jest.fn(),
    ...overrides,
  };
}

describe('FeedList', () => {
  it('shows loading, then empty, states in plain words', () => {
    const { rerender } = render(<FeedList feed={state({ status: 'loading' })} />);
    expect(screen.getByText('正在加载…')).toBeInTheDocument();
    rerender(<FeedList feed={state({})} />);
    expect(screen.getByText('暂时还没有发布的内容')).toBeInTheDocument();
  });

  it('offers a retry on error', () => {
    const feed = state({ status: 'error', error: '网络不给力，请检查网络后重试' });
    render(<FeedList feed={feed} />);
    fireEvent.click(screen.getByText('重试'));
    expect(feed.reload).toHaveBeenCalled();
  });

  it('lists items with their kind and date, and loads more on request', () => {
    const feed = state({ items: [item(1), item(2)], hasMore: true });
    render(<FeedList feed={feed} />);
    expect(screen.getByText('通知1')).toBeInTheDocument();
    expect(screen.getAllByText('通知')).toHaveLength(2);
    expect(screen.getAllByText('2026年1月5日')).toHaveLength(2);
    fireEvent.click(screen.getByText('加载更多'));
    expect(feed.loadMore).toHaveBeenCalled();
  });

  it('marks content saved on the device when the network failed', () => {
    render(<FeedList feed={state({ items: [item(1)], staleSince: Date.parse('2026-01-05T02:00:00Z'), error: 'x' })} />);
    expect(screen.getByText(/网络不给力，下面是.*保存的内容/)).toBeInTheDocument();
    expect(screen.getByText('已经到底了')).toBeInTheDocument();
  });
});
