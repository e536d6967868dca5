import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import type { PosterScanReport } from '#types/api/posters';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { formatDate } from '@/lib/format-date';
import { fetchPosterScans } from '../api/posters-api';

/** 海报扫码: scans per village and per poster, and the villages whose posters nobody has scanned. */
export function PosterScans({ refId }: { refId?: string }) {
  const [report, setReport] = useState<PosterScanReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    void fetchPosterScans(refId).then((res) => (res.ok ? setReport(res.data) : setError(messageFor(res))));
  }, [refId]);
  useEffect(load, [load]);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!report) return <LoadingState />;
  if (!report.posters.length) return <EmptyState text="还没有制作过海报" />;
  return (
    <View className="list">
      <Text className="row__hint">只统计扫码次数，不记录扫码人。</Text>
      {report.silent.length > 0 && (
        <View className="banner" role="note">
          <Text className="card__summary">贴了海报但还没人扫码：{report.silent.map((a) => a.replace('/', '')).join('、')}</Text>
        </View>
      )}
      <Text className="section__title">按村</Text>
      {report.areas.map((a) => (
        <Text key={a.area} className="row__hint">
          {a.area.replace('/', '')}：{a.posters} 张海报，扫码 {a.scans} 次
        </Text>
      ))}
      <Text className="section__title">按海报</Text>
      {report.posters.map((p) => (
        <View key={p.id} className="card card--link" onClick={() => void Taro.navigateTo({ url: `/staff/poster/index?id=${p.id}` })}>
          <Text className="card__title">{p.title}</Text>
          <Text className="card__summary">
            {p.area.replace('/', '')} · 扫码 {p.scans} 次 · {p.createdByName || '工作人员'} {formatDate(p.createdAt)} 制作
          </Text>
        </View>
      ))}
    </View>
  );
}
