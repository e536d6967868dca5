import { Text, View } from '@tarojs/components';
import { FEED_KIND_LABELS, type FeedItem } from '#types/models/feed';
import { formatDate } from '@/lib/format-date';

export function FeedCard({ item }: { item: FeedItem }) {
  return (
    <View className="card" role="article" aria-label={item.title}>
      <View className="card__meta">
        <Text className={`chip chip--${item.kind}`}>{FEED_KIND_LABELS[item.kind]}</Text>
        <Text className="card__date">{formatDate(item.publishedAt)}</Text>
      </View>
      <Text className="card__title">{item.title}</Text>
      <Text className="card__summary">{item.summary}</Text>
    </View>
  );
}
