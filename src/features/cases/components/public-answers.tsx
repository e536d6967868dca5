import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { AnsweredCase, CaseStatsWindow } from '#types/api/case-views';
import { CASE_CATEGORIES, CASE_CATEGORY_LABELS, CASE_CHANNEL_LABELS, CASE_CHANNELS } from '#types/models/case';
import { PagedListView } from '@/components/ui/paged-list-view';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { formatDate } from '@/lib/format-date';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchAnswered, fetchStats } from '../api/cases-api';

const percent = (share: number | null): string => (share === null ? '暂无' : `${Math.round(share * 100)}%`);

function StatsCard({ w }: { w: CaseStatsWindow }) {
  return (
    <View className="card" aria-label={`${w.label}办理情况`}>
      <Text className="card__title">{w.label}</Text>
      <Text className="row__hint">
        收到 {w.total} 件：{CASE_CATEGORIES.map((c) => `${CASE_CATEGORY_LABELS[c]} ${w.byCategory[c]}`).join('，')}
      </Text>
      <Text className="row__hint">来源：{CASE_CHANNELS.filter((c) => w.byChannel[c] > 0).map((c) => `${CASE_CHANNEL_LABELS[c]} ${w.byChannel[c]}`).join('，') || '暂无'}</Text>
      <Text className="row__hint">已答复 {w.replied} 件，答复用时中位数 {w.medianReplyDays === null ? '暂无' : `${w.medianReplyDays} 天`}</Text>
      <Text className="row__hint">按期答复率 {percent(w.onTimeShare)}</Text>
    </View>
  );
}

function CaseStats() {
  const [windows, setWindows] = useState<CaseStatsWindow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = (): void => {
    setError(null);
    void fetchStats().then((res) => (res.ok ? setWindows(res.data.windows) : setError(messageFor(res))));
  };
  useEffect(load, []);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!windows) return <LoadingState />;
  return (
    <View className="list">
      {windows.map((w) => (
        <StatsCard key={w.label} w={w} />
      ))}
    </View>
  );
}

/** 办理公开: response statistics, and answered questions the askers agreed to share. */
export function PublicAnswers() {
  const list = usePagedList<AnsweredCase>(fetchAnswered, 'answered');
  return (
    <View className="list">
      <Text className="section__title">群众提问办理情况</Text>
      <CaseStats />
      <Text className="section__title">答复公开</Text>
      <PagedListView
        list={list}
        empty="还没有公开的答复"
        render={(a) => (
          <View key={a.id} className="card">
            <View className="card__meta">
              <Text className="chip">{CASE_CATEGORY_LABELS[a.category]}</Text>
              <Text className="card__date">{formatDate(a.repliedAt)}答复</Text>
            </View>
            <Text className="card__summary">问：{a.text}</Text>
            <Text className="reply">答：{a.reply}</Text>
          </View>
        )}
      />
    </View>
  );
}
