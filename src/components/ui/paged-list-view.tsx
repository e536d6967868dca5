import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PagedList } from '@/lib/use-paged-list';
import { EmptyState, ErrorState, LoadingState } from './state-views';

/** Any paged list with the states every list needs. `inSection`: one part of a page that goes on below
 * (更新记录, 进展动态…), so its end is not the end of the page and says nothing. */
export function PagedListView<T>({ list, empty, render, inSection = false }: { list: PagedList<T>; empty: string; render(item: T): ReactNode; inSection?: boolean }) {
  if (list.status === 'loading' && list.items.length === 0) return <LoadingState />;
  if (list.status === 'error') return <ErrorState message={list.error ?? '加载失败'} onRetry={list.reload} />;
  if (list.items.length === 0) return <EmptyState text={empty} />;
  return (
    <View className="list">
      {list.items.map(render)}
      {list.error && <ErrorState message={list.error} onRetry={list.loadMore} />}
      {list.hasMore ? (
        <Button className="btn" loading={list.loadingMore} disabled={list.loadingMore} onClick={list.loadMore}>
          {list.loadingMore ? '正在加载…' : '加载更多'}
        </Button>
      ) : (
        !inSection && <Text className="list__end">已经到底了</Text>
      )}
    </View>
  );
}
