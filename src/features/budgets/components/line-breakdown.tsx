import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { BudgetLine } from '#types/models/budget';
import { BarChart } from '@/components/ui/bar-chart';

export const wan = (amount: number): string => `${amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 万元`;
const share = (part: number, whole: number): string => `${whole ? Math.round((part / whole) * 1000) / 10 : 0}%`;

/** One classification: its top lines as shares of the total, each opening to its sub-lines and plain explanation. */
export function LineBreakdown({ title, lines, total, projects }: { title: string; lines: BudgetLine[]; total: number; projects: Record<string, string> }) {
  const [open, setOpen] = useState<string[]>([]);
  const toggle = (code: string): void => setOpen(open.includes(code) ? open.filter((c) => c !== code) : [...open, code]);
  const top = lines.filter((l) => !l.parent);
  const childrenOf = (code: string): BudgetLine[] => lines.filter((l) => l.parent === code);
  const renderLine = (l: BudgetLine, depth: number) => (
    <View key={l.code} className={depth ? 'budget-line budget-line--sub' : 'budget-line'}>
      <View className="budget-line__toggle" role="button" aria-expanded={open.includes(l.code)} onClick={() => toggle(l.code)}>
        <Text className="card__title">
          {l.name}：{wan(l.amount)}（{share(l.amount, total)}）
        </Text>
      </View>
      {l.explanation && <Text className="row__hint">{l.explanation}</Text>}
      {l.projectIds.filter((id) => projects[id]).map((id) => (
        <Text key={id} className="link" onClick={() => void Taro.navigateTo({ url: `/pages/project/index?id=${id}` })}>
          用于：{projects[id]}
        </Text>
      ))}
      {open.includes(l.code) && childrenOf(l.code).map((c) => renderLine(c, depth + 1))}
    </View>
  );
  return (
    <View className="section">
      <Text className="section__title">{title}</Text>
      <BarChart title={title} series={[{ label: '金额（万元）', tone: 'done' }]} rows={top.map((l) => ({ label: l.name, values: [l.amount] }))} wideLabels />
      <Text className="row__hint">点科目名称可展开明细</Text>
      {top.map((l) => renderLine(l, 0))}
    </View>
  );
}
