import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import type { HandlingCodeRow, HandlingOverview } from '#types/api/handling-views';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/state-views';
import { call, messageFor } from '@/lib/cloud';

function linkWords(row: HandlingCodeRow): string {
  if (row.guides.length === 0) return '没有对应的办事指南：请在指南里填上这个事项编码，否则这些办件不计入任何指南';
  if (row.guides.length > 1) return `有 ${row.guides.length} 份指南用了同一个编码（${row.guides.map((g) => g.name).join('、')}），请改正`;
  const [guide] = row.guides;
  return guide?.promisedDays === null ? `对应“${guide.name}”，但指南没有承诺时限，无法算按时办结比例` : `对应“${guide?.name}”`;
}

/** The last year of 办件 records per item code, unlinked codes first; guides that have no code. */
export function HandlingOverviewList({ refresh }: { refresh: number }) {
  const [state, setState] = useState<{ data: HandlingOverview | null; error: string | null }>({ data: null, error: null });
  const load = useCallback(() => {
    setState({ data: null, error: null });
    void call('staff', 'getHandlingOverview', {}, { retry: true }).then((res) => setState(res.ok ? { data: res.data, error: null } : { data: null, error: messageFor(res) }));
  }, []);
  useEffect(load, [load, refresh]);
  if (state.error) return <ErrorState message={state.error} onRetry={load} />;
  if (!state.data) return <LoadingState />;
  const { from, to, total, codes, guidesWithoutCode } = state.data;
  return (
    <View className="list">
      <Text className="section__title">{`近一年受理的办件（${from} 至 ${to}）：${total} 件`}</Text>
      {codes.length === 0 && <EmptyState text="还没有导入办件记录" />}
      {codes.map((row) => (
        <View key={row.itemCode} className="card">
          <Text className="card__title">{`${row.itemName || '（未写事项名称）'} ${row.itemCode}`}</Text>
          <Text className="row__hint">{`${row.records} 件${row.inProgress ? `，其中 ${row.inProgress} 件仍在办理` : ''}`}</Text>
          <Text className="row__hint">{linkWords(row)}</Text>
        </View>
      ))}
      {guidesWithoutCode.length > 0 && (
        <View className="section">
          <Text className="section__title">{`还没有填事项编码的办事指南（${guidesWithoutCode.length} 份）`}</Text>
          {guidesWithoutCode.map((g) => (
            <View key={g.id} className="card card--link" role="link" onClick={() => void Taro.navigateTo({ url: `/staff/edit/index?kind=service&targetId=${g.id}` })}>
              <Text className="card__title">{g.name}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
