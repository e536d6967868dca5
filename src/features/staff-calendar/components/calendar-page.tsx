import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import type { HolidayYearView } from '#types/api/holiday-calendar';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchHolidayYears } from '../api/calendar-api';
import { HolidayYearForm } from './holiday-year-form';

function YearCard({ y }: { y: HolidayYearView }) {
  return (
    <View className="card">
      <Text className="card__title">
        {y.year} 年{y.origin === 'library' ? '（内置）' : '（已录入）'}
      </Text>
      {y.holidays.map((h) => (
        <Text key={`${h.name}-${h.from}`} className="card__summary">
          {h.name}：{h.from === h.to ? h.from : `${h.from} 至 ${h.to}`}
        </Text>
      ))}
      <Text className="card__summary">调休上班：{y.workdays.length ? y.workdays.join('、') : '无'}</Text>
      <Text className="row__hint">来源：{y.source}</Text>
    </View>
  );
}

/** The holiday calendar the legal clocks count on; admins enter a year the library lacks. */
export function CalendarPage({ isAdmin }: { isAdmin: boolean }) {
  const [data, setData] = useState<{ items: HolidayYearView[]; missingNextYear: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    void fetchHolidayYears().then((res) => (res.ok ? setData(res.data) : setError(messageFor(res))));
  }, []);
  useEffect(load, [load]);

  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!data) return <LoadingState />;
  const latest = data.items[0]?.year ?? 2026;
  return (
    <View className="list">
      {data.missingNextYear !== null && (
        <View className="banner" role="alert">
          <Text className="card__summary">{data.missingNextYear} 年的节假日安排还没有录入，跨年的答复期限暂按周一至周五估算，并向申请人标明“估算”。</Text>
        </View>
      )}
      {isAdmin ? <HolidayYearForm year={data.missingNextYear ?? latest + 1} onSaved={load} /> : <Text className="row__hint">只有管理员可以录入节假日安排。</Text>}
      {data.items.map((y) => (
        <YearCard key={y.year} y={y} />
      ))}
    </View>
  );
}
