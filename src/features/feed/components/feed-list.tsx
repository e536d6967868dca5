import { Button, Text, View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/state-views';
import { formatDate } from '@/lib/format-date';
import type { FeedState } from '../hooks/use-feed';
import { FeedCard } from './feed-card';

/** The latest published items with every state a list needs: loading, empty, error, stale, more. */
export function FeedList({ feed }: { feed: FeedState }) {
  if (feed.status === 'loading' && feed.items.length === 0) return <LoadingState />;
  if (feed.status === 'error') return <ErrorState message={feed.error ?? '加载失败'} onRetry={feed.reload} />;
  if (feed.items.length === 0) return <EmptyState text="暂时还没有发布的内容" />;
  return (
    <View className="list">
      {feed.staleSince !== null && (
        <View className="notice" role="status">
          <Text>网络不给力，下面是{formatDate(new Date(feed.staleSince).toISOString())}保存的内容。</Text>
          <Button className="btn btn--link" onClick={feed.reload}>
            重新加载
          </Button>
        </View>
      )}
      {feed.items.map((item) => (
        <FeedCard key={item.id} item={item} />
      ))}
      {feed.error && feed.staleSince === null && <ErrorState message={feed.error} onRetry={feed.loadMore} />}
      {feed.hasMore ? (
        <Button className="btn" loading={feed.loadingMore} disabled={feed.loadingMore} onClick={feed.loadMore}>
          {feed.loadingMore ? '正在加载…' : '加载更多'}
        </Button>
      ) : (
        <Text className="list__end">已经到底了</Text>
      )}
    </View>
  );
}
