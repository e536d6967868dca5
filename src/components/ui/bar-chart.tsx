import { Text, View } from '@tarojs/components';

export interface BarSeries {
  label: string;
  /** bars__bar--planned (light) or bars__bar--done (brand); more tones in app.css. */
  tone: 'planned' | 'done' | 'alt';
}

export interface BarRow {
  label: string;
  values: number[];
}

/**
 * Plain bars a phone draws without a chart library (one View per bar, width in %), with the same
 * figures as a table for screen readers and for anyone who prefers numbers.
 */
export function BarChart({ title, series, rows, format = String, wideLabels = false }: { title: string; series: BarSeries[]; rows: BarRow[]; format?(value: number): string; wideLabels?: boolean }) {
  if (rows.length === 0) return null;
  const max = Math.max(...rows.flatMap((r) => r.values), 1);
  return (
    <View className="chart">
      <View aria-hidden>
        {rows.map((row) => (
          <View key={row.label} className="bars">
            <Text className={wideLabels ? 'bars__label bars__label--wide' : 'bars__label'}>{row.label}</Text>
            <View className="bars__pair">
              {series.map((s, i) => (
                <View key={s.label} className={`bars__bar bars__bar--${s.tone}`} style={{ width: `${((row.values[i] ?? 0) / max) * 100}%` }} />
              ))}
            </View>
          </View>
        ))}
        {series.length > 1 && <Text className="row__hint">{series.map((s) => `${s.tone === 'planned' ? '浅色' : s.tone === 'done' ? '深色' : '橙色'}为${s.label}`).join('，')}</Text>}
      </View>
      <View className="table" role="table" aria-label={title}>
        <View className="table__row table__row--head" role="row">
          <View role="columnheader">项目</View>
          {series.map((s) => (
            <View key={s.label} role="columnheader">
              {s.label}
            </View>
          ))}
        </View>
        {rows.map((row) => (
          <View key={row.label} className="table__row" role="row">
            <View role="cell">{row.label}</View>
            {series.map((s, i) => (
              <View key={s.label} role="cell">
                {format(row.values[i] ?? 0)}
              </View>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}
