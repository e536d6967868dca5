import { render, screen } from '@testing-library/react';
import { Text } from '@tarojs/components';
import type { HistoryItem } from '#types/api/policy-views';
import { HistorySection } from '@/components/ui/history-section';
import { PagedListView } from '@/components/ui/paged-list-view';
import type { PagedList } from '@/lib/use-paged-list';

function listOf<T>(items: T[]): PagedList<T> {
  return { items, status: 'ready', error: null, hasMore: false, loadingMore: false, reload: jest.fn(), loadMore: jest.fn() };
}

describe('the end of a list', () => {
  it('is said once, for the list the page ends with', () => {
    render(<PagedListView list={listOf(['一', '二'])} empty="空" render={(x) => <Text key={x}>{x}</Text>} />);
    expect(screen.getAllByText('已经到底了')).toHaveLength(1);
  });

  it('is not said by a section in the middle of a page (更新记录)', () => {
    const history: HistoryItem[] = [{ version: 2, note: '修改摘要', at: '2026-03-01T02:00:00.000Z' }, { version: 1, note: '首次发布', at: '2026-01-05T02:00:00.000Z' }];
    render(<HistorySection list={listOf(history)} />);
    expect(screen.getByText(/修改摘要/)).toBeInTheDocument();
    expect(screen.queryByText('已经到底了')).toBeNull();
  });
});
