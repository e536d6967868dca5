import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import type { PosterLanding } from '#types/api/posters';
import { FEED_KIND_LABELS } from '#types/models/feed';
import { posterSource } from '#types/models/poster';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { useOpenSource } from '@/lib/use-open-source';
import { fetchPosterLanding } from '../api/posters-api';

/**
 * Where a village-board poster's code leads. The scan is counted (counts only); a live item opens at once,
 * a 本村公开栏 sheet lists its items, and an item withdrawn since the poster went up says so and offers
 * what replaced it.
 */
export function PosterLandingView({ id }: { id: string }) {
  useOpenSource(posterSource(id));
  const [landing, setLanding] = useState<PosterLanding | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    void fetchPosterLanding(id).then((res) => {
      if (!res.ok) return setError(messageFor(res));
      if (res.data.state === 'open') void Taro.redirectTo({ url: res.data.path });
      setLanding(res.data);
    });
  }, [id]);
  useEffect(load, [load]);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!landing || landing.state === 'open') return <LoadingState text="正在打开…" />;
  const home = (
    <Button className="btn" onClick={() => void Taro.switchTab({ url: '/pages/index/index' })}>
      返回首页
    </Button>
  );
  if (landing.state === 'withdrawn') {
    return (
      <View className="list">
        <View className="banner" role="alert">
          <Text className="card__title">「{landing.title}」已撤回</Text>
          {landing.note && <Text className="card__summary">原因：{landing.note}</Text>}
          <Text className="card__summary">公开栏上的海报已过时，以本局最新公开的内容为准。</Text>
        </View>
        {landing.replacement && (
          <Button className="btn btn--primary" onClick={() => void Taro.redirectTo({ url: landing.replacement?.path ?? '' })}>
            查看替代它的：{landing.replacement.title}
          </Button>
        )}
        {home}
      </View>
    );
  }
  return (
    <View className="list">
      <Text className="section__title">{landing.title}</Text>
      {landing.items.map((item) => (
        <View key={`${item.kind}:${item.title}`} className={item.path ? 'card card--link' : 'card'} onClick={() => item.path && void Taro.navigateTo({ url: item.path })}>
          <Text className="chip">{FEED_KIND_LABELS[item.kind]}</Text>
          <Text className="card__title">{item.title}</Text>
        </View>
      ))}
      {home}
    </View>
  );
}
