import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { AnnualReportView } from '#types/api/annual-report';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchPublishedReport, fetchReportYears } from '../api/annual-report-api';
import { FigureTables } from './figure-tables';

function Part({ title, text }: { title: string; text: string }) {
  return (
    <View className="section">
      <Text className="section__title">{title}</Text>
      {text.split('\n').filter((l) => l.trim()).map((l, i) => (
        <Text key={i} className="card__summary">
          {l}
        </Text>
      ))}
    </View>
  );
}

/** 政府信息公开工作年度报告 as published, by year (the newest first). */
export function ReportReader({ initialYear }: { initialYear?: number }) {
  const [years, setYears] = useState<number[] | null>(null);
  const [year, setYear] = useState<number | undefined>(initialYear);
  const [report, setReport] = useState<AnnualReportView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loadYears = (): void => {
    setError(null);
    void fetchReportYears().then((res) => {
      if (!res.ok) return setError(messageFor(res));
      const ys = res.data.items.map((i) => i.year);
      setYears(ys);
      setYear((y) => y ?? ys[0]);
    });
  };
  useEffect(loadYears, []);
  useEffect(() => {
    if (year === undefined) return;
    setReport(null);
    void fetchPublishedReport(year).then((res) => (res.ok ? setReport(res.data) : setError(messageFor(res))));
  }, [year]);
  if (error) return <ErrorState message={error} onRetry={loadYears} />;
  if (!years) return <LoadingState />;
  if (!years.length) return <EmptyState text="还没有发布年度报告" />;
  const labels = Object.fromEntries(years.map((y) => [String(y), `${y} 年`]));
  return (
    <View className="list">
      <ChoiceChips options={years.map(String)} labels={labels} value={year === undefined ? undefined : String(year)} onChange={(y) => y && setYear(Number(y))} />
      {!report ? (
        <LoadingState />
      ) : (
        <View className="list">
          <Text className="section__title">{report.year} 年政府信息公开工作年度报告</Text>
          <Part title="一、总体情况" text={report.overview} />
          <FigureTables figures={report.figures} enforcement={report.enforcement} fees={report.fees} review={report.review} />
          <Part title="五、存在的主要问题及改进情况" text={report.problems} />
          <Part title="六、其他需要报告的事项" text={report.other} />
        </View>
      )}
    </View>
  );
}
