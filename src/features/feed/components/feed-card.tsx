import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { FEED_KIND_LABELS, FEED_PATHS, type FeedItem } from '#types/models/feed';
import { formatDate } from '@/lib/format-date';

export function FeedCard({ item }: { item: FeedItem }) {
  const path = FEED_PATHS[item.kind]?.(item.refId);
  return (
    <View
      className={path ? 'card card--link' : 'card'}
      role={path ? 'link' : 'article'}
      onClick={path ? () => void Taro.navigateTo({ url: path }) : undefined}
    >
      <View className="card__meta">
        <Text className={`chip chip--${item.kind}`}>{FEED_KIND_LABELS[item.kind]}</Text>
        <Text className="card__date">{formatDate(item.publishedAt)}</Text>
      </View>
      <Text className="card__title">{item.title}</Text>
      <Text className="card__summary">{item.summary}</Text>
    </View>
  );
}
