import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { PolicyListItem } from '#types/api/policy-views';
import { POLICY_LEVEL_LABELS, POLICY_STATUS_LABELS } from '#types/models/policy';
import { formatDate } from '@/lib/format-date';

export function PolicyCard({ policy }: { policy: PolicyListItem }) {
  return (
    <View className="card card--link" role="link" onClick={() => void Taro.navigateTo({ url: `/pages/policy/index?id=${policy.id}` })}>
      <View className="card__meta">
        <Text className={`chip chip--${policy.status}`}>{POLICY_STATUS_LABELS[policy.status]}</Text>
        <Text className="card__date">
          {POLICY_LEVEL_LABELS[policy.level]} · {formatDate(policy.issuedAt)}
        </Text>
      </View>
      <Text className="card__title">{policy.title}</Text>
      <Text className="card__summary">{policy.summary}</Text>
      {policy.docNumber && <Text className="card__date">{policy.docNumber}</Text>}
    </View>
  );
}
