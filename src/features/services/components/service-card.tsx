import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ServiceListItem } from '#types/api/service-views';
import { SERVICE_KIND_LABELS } from '#types/models/service';

export function timeLimits(s: Pick<ServiceListItem, 'statutoryDays' | 'promisedDays'>): string {
  const parts = [s.promisedDays !== null ? `承诺 ${s.promisedDays} 个工作日` : '', s.statutoryDays !== null ? `法定 ${s.statutoryDays} 个工作日` : ''].filter(Boolean);
  return parts.length ? parts.join('，') : '时限未公布';
}

export function ServiceCard({ item }: { item: ServiceListItem }) {
  return (
    <View className="card" role="link" onClick={() => void Taro.navigateTo({ url: `/more/service/index?id=${item.id}` })}>
      <View className="card__meta">
        <Text className="chip">{SERVICE_KIND_LABELS[item.kind]}</Text>
        <Text className="card__date">{item.rating.average === null ? '暂无评价' : `评价 ${item.rating.average} 分（${item.rating.count} 人）`}</Text>
      </View>
      <Text className="card__title">{item.name}</Text>
      <Text className="card__summary">{item.summary}</Text>
      <Text className="row__hint">{timeLimits(item)}</Text>
    </View>
  );
}
