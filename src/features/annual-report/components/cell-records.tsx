import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchCellRecords } from '../api/annual-report-api';

/** The records behind one figure of the report, as staff tapped it. */
export function CellRecords({ year, cell, label, onClose }: { year: number; cell: string; label: string; onClose(): void }) {
  const [items, setItems] = useState<{ id: string; label: string }[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const load = (): void => {
    setError(null);
    setItems(null);
    void fetchCellRecords(year, cell).then((res) => {
      if (!res.ok) return setError(messageFor(res));
      setItems(res.data.items);
      setTotal(res.data.total);
    });
  };
  useEffect(load, [year, cell]);
  return (
    <View className="section" role="region" aria-label={`${label}的记录`}>
      <Text className="section__title">{label}：{total} 条记录</Text>
      {error && <ErrorState message={error} onRetry={load} />}
      {!error && !items && <LoadingState />}
      {items?.map((i) => (
        <Text key={i.id} className="row__hint">
          {i.label}
        </Text>
      ))}
      {items && total > items.length && <Text className="row__hint">只列出前 {items.length} 条</Text>}
      <Button className="btn btn--small" onClick={onClose}>
        收起
      </Button>
    </View>
  );
}
