import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { DecisionListItem } from '#types/api/decision-views';

/** 万元 as people read it: 2 万元, 0.5 万元. */
export const wanYuan = (amount: number): string => `${Number(amount.toFixed(2))} 万元`;

export function DecisionCard({ item }: { item: DecisionListItem }) {
  const tags = item.kind === 'penalty' ? item.penaltyTypes : [];
  return (
    <View className="card" role="link" onClick={() => void Taro.navigateTo({ url: `/open/decision/index?id=${item.id}` })}>
      <View className="card__meta">
        {tags.map((t) => (
          <Text key={t} className="chip">
            {t}
          </Text>
        ))}
        <Text className="card__date">{item.decisionDate}</Text>
      </View>
      <Text className="card__title">{item.partyName}</Text>
      <Text className="card__summary">{item.content}</Text>
      <Text className="row__hint">
        {item.decisionNo} · {item.authority}
        {item.amount !== null ? ` · 罚款 ${wanYuan(item.amount)}` : ''}
      </Text>
    </View>
  );
}
