import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { BusRouteListItem, BusTripAnswer } from '#types/api/bus-views';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { usePlaces } from '@/features/places';
import { messageFor } from '@/lib/cloud';
import { type BusPlace, fetchBusRoutes, fetchBusTrips } from '../api/bus-api';
import { useBusPlaceStore } from '../stores/bus-place-store';
import { TripList } from './trip-list';
import { VillageChoice } from './village-choice';

interface Found {
  trips: BusTripAnswer;
  routes: BusRouteListItem[];
}

/** 城乡公交: pick one's village, see the buses to the county seat and every route that stops there. */
export function BusLookup() {
  const places = usePlaces();
  const { place, choose } = useBusPlaceStore();
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!place) return;
    let live = true;
    setFound(null);
    setError(null);
    void Promise.all([fetchBusTrips(place), fetchBusRoutes(place)]).then(([trips, routes]) => {
      if (!live) return;
      if (!trips.ok) return setError(messageFor(trips));
      if (!routes.ok) return setError(messageFor(routes));
      setFound({ trips: trips.data, routes: routes.data.items });
    });
    return () => {
      live = false;
    };
  }, [place, attempt]);

  if (places.error) return <ErrorState message={places.error} onRetry={places.reload} />;
  if (!places.townships) return <LoadingState />;
  const pick = (next: BusPlace | null): void => choose(next);
  return (
    <View className="list">
      <VillageChoice townships={places.townships} place={place} onChange={pick} />
      {!place && <Text className="row__hint">选好住的地方，就能看到去县城的班车、几点发车和票价</Text>}
      {place && error && <ErrorState message={error} onRetry={() => setAttempt((n) => n + 1)} />}
      {place && !error && !found && <LoadingState text="正在查班车…" />}
      {found && <TripList answer={found.trips} />}
      {found && found.routes.length > 0 && (
        <View className="section">
          <Text className="section__title">途经这里的线路</Text>
          {found.routes.map((r) => (
            <View key={r.id} className="card card--link" role="link" onClick={() => void Taro.navigateTo({ url: `/bus/route/index?id=${r.id}` })}>
              <Text className="card__title">{`${r.code}　${r.from} — ${r.to}`}</Text>
              <Text className="row__hint">{`${r.flatFare !== null ? `全程统一 ${r.flatFare} 元` : '按站计价'}　${r.operator}`}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
