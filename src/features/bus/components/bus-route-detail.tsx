import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import type { BusRouteView } from '#types/api/bus-views';
import { SavedCopyNote } from '@/components/ui/saved-copy-note';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { useSavedPage } from '@/lib/use-saved-page';
import { fetchBusRoute } from '../api/bus-api';
import { routeFareText, timetableRows } from '../bus-text';

const dial = (phone: string): void => void Taro.makePhoneCall({ phoneNumber: phone.replace(/[^\d-]/g, '') });

function Stops({ route }: { route: BusRouteView }) {
  return (
    <View className="section">
      <Text className="section__title">站点（按去程顺序）</Text>
      {route.stops.map((s, i) => (
        <View key={s.name} className="step">
          <Text className="step__number" aria-hidden>
            {i + 1}
          </Text>
          <View className="step__body">
            <Text className="card__title">{s.name}</Text>
            <Text className="row__hint">{`${s.township}${s.village ?? '（镇上）'}${i > 0 ? `，发车后约 ${s.minutes} 分钟到` : ''}`}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}

function Timetables({ route }: { route: BusRouteView }) {
  return (
    <View className="section">
      <Text className="section__title">时刻表</Text>
      <View className="table" role="table" aria-label="时刻表">
        <View className="table__row table__row--head" role="row">
          <View role="columnheader">班次</View>
          <View role="columnheader">发车时间</View>
        </View>
        {timetableRows(route).map((row) => (
          <View key={`${row.direction}-${row.dayType}`} className="table__row" role="row">
            <View role="cell">{row.label}</View>
            <View role="cell">{row.times.length ? `${row.times.join('  ')}${row.sameAs ? `（${row.sameAs}）` : ''}` : '不开行'}</View>
          </View>
        ))}
      </View>
    </View>
  );
}

function Fares({ route }: { route: BusRouteView }) {
  return (
    <View className="section">
      <Text className="section__title">票价：{routeFareText(route)}</Text>
      {route.flatFare === null && (
        <View className="table" role="table" aria-label="分段票价">
          <View className="table__row table__row--head" role="row">
            <View role="columnheader">上车—下车</View>
            <View role="columnheader">票价</View>
          </View>
          {route.fares.map((f) => (
            <View key={`${f.from}-${f.to}`} className="table__row" role="row">
              <View role="cell">{`${f.from}—${f.to}`}</View>
              <View role="cell">{`${f.yuan} 元`}</View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

/** One rural bus route: stops in order, every timetable, fares, operator and the hotline to call. */
export function BusRouteDetail({ id }: { id: string }) {
  const page = useSavedPage(`bus-route:${id}`, useCallback(() => fetchBusRoute(id), [id]));
  if (page.error) return <ErrorState message={page.error} onRetry={page.reload} />;
  if (!page.data) return <LoadingState />;
  const route = page.data;
  return (
    <View className="list">
      <SavedCopyNote savedAt={page.savedAt} onReload={page.reload} />
      <View className="card">
        <Text className="chip">城乡公交</Text>
        <Text className="section__title">{`${route.code}　${route.from} — ${route.to}`}</Text>
        <Text className="card__summary">{route.name}</Text>
        <Text className="row__hint">运营单位：{route.operator}</Text>
        {route.note && <Text className="row__hint">{route.note}</Text>}
      </View>
      <Button className="btn btn--primary" onClick={() => dial(route.hotline)}>
        拨打服务电话 {route.hotline}
      </Button>
      <Stops route={route} />
      <Timetables route={route} />
      <Fares route={route} />
    </View>
  );
}
