import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { DemandView } from '#types/api/freshness';
import { CASE_CATEGORY_LABELS, type CaseCategory } from '#types/models/case';
import type { DemandRow } from '#types/models/demand';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchDemandSignals } from '../api/freshness-api';

const beijingTime = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const KIND_LABELS: Record<NonNullable<DemandRow['kind']>, string> = { policy: '政策文件', qa: '问答', project: '建设项目', service: '办事指南', notice: '通知公告', budget: '预决算' };

const byCategory = (cases: Partial<Record<CaseCategory, number>>): string =>
  (Object.entries(cases) as [CaseCategory, number][]).map(([c, n]) => `${CASE_CATEGORY_LABELS[c]} ${n}`).join('、');

/** Why a row is on the list, in one line. */
function reasonOf(row: DemandRow): string {
  if (row.search) {
    const parts = [row.search.unanswered && `${row.search.unanswered} 次没搜到答案`, row.search.weak && `${row.search.weak} 次只搜到勉强相关的内容`].filter(Boolean);
    return `近 4 周 ${parts.join('，')}`;
  }
  const item = row.item;
  if (!item) return '';
  const parts = [
    item.casesTotal > 0 && `近 90 天 ${item.casesTotal} 件提问（${byCategory(item.cases)}）`,
    item.unhelpful > 0 && `${item.unhelpful} 人点了“没帮助”`,
    item.followers > 0 && `${item.followers} 人关注`,
    item.helpful > 0 && `${item.helpful} 人点了“有帮助”`,
  ].filter(Boolean);
  return parts.join('，');
}

const go = (page: string): void => void Taro.navigateTo({ url: page });

/** 群众关心什么: the update-next list (searches without a good answer, items asked about, stale items people follow) and townships. */
export function DemandList() {
  const [view, setView] = useState<DemandView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = (): void => {
    setError(null);
    void fetchDemandSignals().then((res) => (res.ok ? setView(res.data) : setError(messageFor(res))));
  };
  useEffect(load, []);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!view) return <LoadingState />;
  if (!view.checkedAt) return <EmptyState text="还没有统计过：定时任务每小时统计一次，请稍后再看" />;
  return (
    <View className="list">
      <Text className="row__hint">
        统计时间 {beijingTime(view.checkedAt)}：近 4 周 {view.scanned.searches} 次搜索、近 90 天 {view.scanned.cases} 件提问。没有阅读量记录，按提问、“有帮助 / 没帮助”和关注人数估计关注度。
      </Text>
      {view.rows.length === 0 && <EmptyState text="最近没有搜不到的问题，也没有针对具体内容的提问" />}
      {view.rows.map((r, i) => (
        <View key={r.key} className="card">
          <Text className="card__meta">
            {i + 1}. {r.kind ? KIND_LABELS[r.kind] : '搜索'}
            {r.township ? ` · ${r.township}` : ''}
          </Text>
          <Text className="card__title">{r.title}</Text>
          <Text className="card__summary">{reasonOf(r)}</Text>
          {r.item?.stale && (
            <Text className={r.item.stale.state === 'overdue' ? 'row__hint stale' : 'row__hint'}>
              {r.item.stale.duty}：{r.item.stale.state === 'overdue' ? `已超期 ${r.item.stale.overdueDays} 个工作日` : '10 个工作日内到期'}
            </Text>
          )}
          <Button className="btn btn--small" onClick={() => go(r.action.page)}>
            {r.action.label}
          </Button>
        </View>
      ))}
      {view.truncated > 0 && <Text className="row__hint">另有 {view.truncated} 项未列出</Text>}
      <View className="section" role="region" aria-label="按乡镇">
        <Text className="section__title">按乡镇（项目和通知收到的提问）</Text>
        {view.townships.length === 0 && <Text className="row__hint">最近没有关于各乡镇项目和通知的提问</Text>}
        {view.townships.map((t) => (
          <View key={t.township} className="card">
            <Text className="card__title">
              {t.township}：{t.casesTotal} 件（{byCategory(t.cases)}），涉及 {t.items} 项
            </Text>
            <Text className="card__summary">问得最多：{t.top.title}</Text>
            <Button className="btn btn--small" onClick={() => go(t.top.action.page)}>
              {t.top.action.label}
            </Button>
          </View>
        ))}
      </View>
    </View>
  );
}
