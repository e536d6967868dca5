import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { ServiceGap } from '#types/api/service-views';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchServiceGaps } from '../api/staff-content-api';

/** 完整性检查: published guides still lacking required elements, each a tap away from its editor. */
export function ServiceGapList() {
  const [items, setItems] = useState<ServiceGap[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = (): void => {
    setError(null);
    void fetchServiceGaps().then((res) => (res.ok ? setItems(res.data.items) : setError(messageFor(res))));
  };
  useEffect(load, []);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!items) return <LoadingState />;
  if (!items.length) return <EmptyState text="所有办事指南要素齐全" />;
  return (
    <View className="list">
      {items.map((s) => (
        <View key={s.id} className="card">
          <Text className="card__title">{s.name}</Text>
          <Text className="row__hint stale">还缺：{s.gaps.join('、')}</Text>
          <Button className="btn btn--small" onClick={() => void Taro.navigateTo({ url: `/staff/edit/index?kind=service&targetId=${s.id}` })}>
            去补全
          </Button>
        </View>
      ))}
    </View>
  );
}
