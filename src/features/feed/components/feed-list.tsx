import { Button, Text, View } from '@tarojs/components';
import { PagedListView } from '@/components/ui/paged-list-view';
import { formatDate } from '@/lib/format-date';
import type { FeedState } from '../hooks/use-feed';
import { FeedCard } from './feed-card';

/** The latest published items; when the network failed, says the items shown were saved earlier. */
export function FeedList({ feed }: { feed: FeedState }) {
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
      <PagedListView list={feed} empty="暂时还没有发布的内容" render={(item) => <FeedCard key={item.id} item={item} />} />
    </View>
  );
}
