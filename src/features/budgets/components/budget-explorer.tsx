import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { BudgetView, BudgetYear } from '#types/api/budget-views';
import { BUDGET_TYPE_LABELS, THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS, type BudgetType } from '#types/models/budget';
import { AskLink } from '@/components/ui/ask-link';
import { BarChart, type BarSeries } from '@/components/ui/bar-chart';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/state-views';
import { DocumentLink } from '@/components/ui/stored-file';
import { messageFor } from '@/lib/cloud';
import { fetchBudget, fetchBudgetYears } from '../api/budgets-api';
import { LineBreakdown, wan } from './line-breakdown';

const TONES: BarSeries['tone'][] = ['planned', 'alt', 'done'];

function ThreePublic({ view }: { view: BudgetView }) {
  const total = view.threePublic.reduce((t, i) => t + i.amount, 0);
  const years = view.threePublicByYear.slice(-3);
  return (
    <View className="section">
      <Text className="section__title">三公经费：{wan(total)}</Text>
      <Text className="row__hint">公务接待、公务用车、因公出国（境）三项，逐年对比（万元）</Text>
      <BarChart
        title="三公经费逐年对比"
        series={years.map((y, i) => ({ label: `${y.year}年`, tone: TONES[i + 3 - years.length] ?? 'done' }))}
        rows={THREE_PUBLIC_ITEMS.map((item) => ({ label: THREE_PUBLIC_LABELS[item], values: years.map((y) => y.amounts[item]) }))}
        wideLabels
      />
      {view.threePublic.map((i) => (
        <Text key={i.item} className="row__hint">
          {THREE_PUBLIC_LABELS[i.item]} {wan(i.amount)}：{i.explanation}
        </Text>
      ))}
    </View>
  );
}

function SpecialFunds({ view }: { view: BudgetView }) {
  if (!view.specialFunds.length) return null;
  return (
    <View className="section">
      <Text className="section__title">专项资金分配（{view.specialFunds.length} 笔）</Text>
      {view.specialFunds.map((f) => (
        <View key={f.code} className="card">
          <Text className="card__title">
            {f.purpose}：{wan(f.amount)}
          </Text>
          <Text className="row__hint">
            {f.recipient} · {f.date} 下达
          </Text>
          {f.explanation && <Text className="row__hint">{f.explanation}</Text>}
          {f.projectId && view.projects[f.projectId] && (
            <Text className="link" onClick={() => void Taro.navigateTo({ url: `/pages/project/index?id=${f.projectId}` })}>
              对应项目：{view.projects[f.projectId]}
            </Text>
          )}
        </View>
      ))}
    </View>
  );
}

/** The economic lines, as shares of what they break down: the whole, or 基本支出 only. */
function EconomicLines({ view }: { view: BudgetView }) {
  const basic = view.economicScope === 'basic' ? view.basicTotal : null;
  if (basic === null) return <LineBreakdown title="按花钱方式（经济分类）" lines={view.economic} total={view.total} projects={view.projects} />;
  return (
    <View>
      <LineBreakdown title="按花钱方式（经济分类，只含基本支出）" lines={view.economic} total={basic} projects={view.projects} />
      <Text className="row__hint">
        这里只列出基本支出 {wan(basic)}（人员工资福利和机关日常运转），占的比例按基本支出计算；其余 {wan(Math.round((view.total - basic) * 100) / 100)} 是项目支出，未按经济分类列出。
      </Text>
    </View>
  );
}

function YearView({ year, type }: { year: number; type: BudgetType }) {
  const [view, setView] = useState<BudgetView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = (): void => {
    setError(null);
    setView(null);
    void fetchBudget(year, type).then((res) => (res.ok ? setView(res.data) : setError(messageFor(res))));
  };
  useEffect(load, [year, type]);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!view) return <LoadingState />;
  const change = view.previousTotal ? Math.round(((view.total - view.previousTotal) / view.previousTotal) * 1000) / 10 : null;
  return (
    <View className="list">
      <View className="card">
        <Text className="section__title">
          {year} 年{BUDGET_TYPE_LABELS[type]}支出合计 {wan(view.total)}
        </Text>
        {change !== null && <Text className="row__hint">比上年{change >= 0 ? `增加 ${change}%` : `减少 ${-change}%`}（上年 {wan(view.previousTotal ?? 0)}）</Text>}
      </View>
      <LineBreakdown title="按用途（功能分类）" lines={view.functional} total={view.total} projects={view.projects} />
      <EconomicLines view={view} />
      <ThreePublic view={view} />
      <SpecialFunds view={view} />
      {view.documents.map((d, i) => (
        <DocumentLink key={i} label={`原文：${d.name}`} url={d.url} />
      ))}
      <AskLink kind="budget" id={`${year}-${type}`} title={`${year}年${BUDGET_TYPE_LABELS[type]}`} label="对这些数字有疑问？去提问" />
    </View>
  );
}

/** 预决算: pick a year and budget or final accounts; every chart has its table. */
export function BudgetExplorer() {
  const [years, setYears] = useState<BudgetYear[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [year, setYear] = useState<number | undefined>();
  const [type, setType] = useState<BudgetType>('final');
  const load = (): void => {
    setError(null);
    void fetchBudgetYears().then((res) => {
      if (!res.ok) return setError(messageFor(res));
      setYears(res.data.items);
      const first = res.data.items[0];
      if (first) {
        setYear(first.year);
        setType(first.types.includes('final') ? 'final' : 'budget');
      }
    });
  };
  useEffect(load, []);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!years) return <LoadingState />;
  if (!years.length || year === undefined) return <EmptyState text="还没有公开预决算" />;
  const types = years.find((y) => y.year === year)?.types ?? [];
  // A year may lack the kind chosen for another year: show the one it has.
  const shown = types.includes(type) ? type : (types[0] as BudgetType);
  const labels = Object.fromEntries(years.map((y) => [String(y.year), `${y.year}年`]));
  return (
    <View className="list">
      <ChoiceChips options={years.map((y) => String(y.year))} labels={labels} value={String(year)} onChange={(y) => y && setYear(Number(y))} />
      <ChoiceChips options={types} labels={BUDGET_TYPE_LABELS} value={shown} onChange={(t) => t && setType(t)} />
      <YearView year={year} type={shown} />
    </View>
  );
}
