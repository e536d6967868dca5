import { Text, View } from '@tarojs/components';
import type { InvestmentYear } from '#types/models/project';

/** Planned vs completed investment by year as plain bars, with the same figures as a table. */
export function InvestmentChart({ years }: { years: InvestmentYear[] }) {
  if (years.length === 0) return null;
  const max = Math.max(...years.flatMap((y) => [y.planned, y.completed]), 1);
  const total = years.reduce((t, y) => ({ planned: t.planned + y.planned, completed: t.completed + y.completed }), { planned: 0, completed: 0 });
  return (
    <View className="section">
      <Text className="section__title">投资（万元）</Text>
      <Text className="row__hint">
        计划 {total.planned} 万元，已完成 {total.completed} 万元（{Math.round((total.completed / Math.max(total.planned, 1)) * 100)}%）
      </Text>
      <View aria-hidden>
        {years.map((y) => (
          <View key={y.year} className="bars">
            <Text className="bars__label">{y.year}</Text>
            <View className="bars__pair">
              <View className="bars__bar bars__bar--planned" style={{ width: `${(y.planned / max) * 100}%` }} />
              <View className="bars__bar bars__bar--done" style={{ width: `${(y.completed / max) * 100}%` }} />
            </View>
          </View>
        ))}
        <Text className="row__hint">浅色为计划，深色为已完成</Text>
      </View>
      <View className="table" role="table" aria-label="各年投资">
        <View className="table__row table__row--head" role="row">
          <View role="columnheader">年份</View>
          <View role="columnheader">计划</View>
          <View role="columnheader">完成</View>
        </View>
        {years.map((y) => (
          <View key={y.year} className="table__row" role="row">
            <View role="cell">{y.year}</View>
            <View role="cell">{y.planned}</View>
            <View role="cell">{y.completed}</View>
          </View>
        ))}
      </View>
    </View>
  );
}
