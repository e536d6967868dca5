import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { AnnualReportView } from '#types/api/annual-report';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchPublishedReport, fetchReportYears } from '../api/annual-report-api';
import { ReportBody } from './report-body';

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
          <ReportBody report={report} />
        </View>
      )}
    </View>
  );
}
