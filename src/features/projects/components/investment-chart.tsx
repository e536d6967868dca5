import { Text, View } from '@tarojs/components';
import type { InvestmentYear } from '#types/models/project';
import { BarChart } from '@/components/ui/bar-chart';

/** Planned vs completed investment by year. */
export function InvestmentChart({ years }: { years: InvestmentYear[] }) {
  if (years.length === 0) return null;
  const total = years.reduce((t, y) => ({ planned: t.planned + y.planned, completed: t.completed + y.completed }), { planned: 0, completed: 0 });
  return (
    <View className="section">
      <Text className="section__title">投资（万元）</Text>
      <Text className="row__hint">
        计划 {total.planned} 万元，已完成 {total.completed} 万元（{Math.round((total.completed / Math.max(total.planned, 1)) * 100)}%）
      </Text>
      <BarChart
        title="各年投资"
        series={[{ label: '计划', tone: 'planned' }, { label: '完成', tone: 'done' }]}
        rows={years.map((y) => ({ label: String(y.year), values: [y.planned, y.completed] }))}
      />
    </View>
  );
}
