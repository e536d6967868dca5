import { Button, Text, View } from '@tarojs/components';
import { PagedListView } from '@/components/ui/paged-list-view';
import { formatDate } from '@/lib/format-date';
import type { FeedState } from '../hooks/use-feed';
import { FeedCard } from './feed-card';

/** The latest published items; while loading, or when the network failed, says the items shown were saved earlier. */
export function FeedList({ feed }: { feed: FeedState }) {
  const savedOn = feed.staleSince === null ? '' : formatDate(new Date(feed.staleSince).toISOString());
  return (
    <View className="list">
      {feed.staleSince !== null && feed.status === 'loading' && (
        <View className="notice" role="status">
          <Text>正在更新，下面是上次保存于{savedOn}的内容。</Text>
        </View>
      )}
      {feed.staleSince !== null && feed.status !== 'loading' && (
        <View className="notice" role="status">
          <Text>网络不给力，下面是{savedOn}保存的内容。</Text>
          <Button className="btn btn--link" onClick={feed.reload}>
            重新加载
          </Button>
        </View>
      )}
      <PagedListView list={feed} empty="暂时还没有发布的内容" render={(item) => <FeedCard key={item.id} item={item} />} />
    </View>
  );
}
