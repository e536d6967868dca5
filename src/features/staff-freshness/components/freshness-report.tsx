import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { FreshnessView } from '#types/api/freshness';
import { ESCALATE_AFTER_WORKING_DAYS, HEALTH_PROBLEM_LABELS } from '#types/models/freshness';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchFreshness } from '../api/freshness-api';
import { DutyRowCard } from './duty-row-card';
import { FreshnessSubscribe } from './freshness-subscribe';

const beijingTime = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** 更新期限与内容健康: overdue and due within 10 working days by owner, the caller's first; content health below. */
export function FreshnessReport() {
  const [view, setView] = useState<FreshnessView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = (): void => {
    setError(null);
    void fetchFreshness().then((res) => (res.ok ? setView(res.data) : setError(messageFor(res))));
  };
  useEffect(load, []);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!view) return <LoadingState />;
  if (!view.checkedAt) return <EmptyState text="还没有检查过：定时任务每 15 分钟检查一次，请稍后再看" />;
  const escalated = view.isAdmin ? view.rows.filter((r) => r.overdueDays > ESCALATE_AFTER_WORKING_DAYS) : [];
  return (
    <View className="list">
      <Text className="row__hint">检查时间 {beijingTime(view.checkedAt)}（按法定节假日和调休计算工作日）</Text>
      <FreshnessSubscribe />
      {escalated.length > 0 && (
        <View className="section" role="region" aria-label={`超期超过 ${ESCALATE_AFTER_WORKING_DAYS} 个工作日`}>
          <Text className="section__title">
            超期超过 {ESCALATE_AFTER_WORKING_DAYS} 个工作日（{escalated.length}）
          </Text>
          {escalated.map((r) => (
            <DutyRowCard key={`esc-${r.key}`} row={r} staff={view.staff} />
          ))}
        </View>
      )}
      {view.rows.length === 0 && <EmptyState text="没有超期或 10 个工作日内到期的事项" />}
      {view.groups.map((g) => (
        <View key={g.owner ?? 'nobody'} className="section" role="region" aria-label={g.name}>
          <Text className="section__title">
            {g.owner === view.me ? `我负责的（${g.name}）` : g.name}：超期 {g.overdue}，10 个工作日内到期 {g.dueSoon}
          </Text>
          {view.rows
            .filter((r) => r.owner === g.owner)
            .map((r) => (
              <DutyRowCard key={r.key} row={r} staff={view.staff} />
            ))}
        </View>
      ))}
      {view.truncated > 0 && <Text className="row__hint">另有 {view.truncated} 项未列出（先处理上面最紧急的）</Text>}
      <View className="section" role="region" aria-label="内容健康">
        <Text className="section__title">内容健康（{view.health.length}）</Text>
        {view.health.length === 0 && <Text className="row__hint">没有发现问题</Text>}
        {view.health.map((h) => (
          <View key={h.key} className="card">
            <Text className="card__meta">{HEALTH_PROBLEM_LABELS[h.problem]}</Text>
            <Text className="card__title">{h.title}</Text>
            <Text className="row__hint stale">{h.detail}</Text>
            <Button className="btn btn--small" onClick={() => void Taro.navigateTo({ url: h.page })}>
              去处理
            </Button>
          </View>
        ))}
      </View>
    </View>
  );
}
