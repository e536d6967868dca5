// A bus route in a few plain sentences: what search indexes and quotes, and what a change notice says.
import { BUS_DAY_TYPE_LABELS, type BusRouteContent, timetableFor } from '#types/models/bus-route';

const stopLabel = (s: BusRouteContent['stops'][number]): string => (s.village && !s.name.includes(s.village) ? `${s.name}（${s.village}）` : s.name);

export function busRouteSummary(route: BusRouteContent): string {
  const first = route.stops[0]?.name ?? '';
  const last = route.stops[route.stops.length - 1]?.name ?? '';
  const weekday = timetableFor(route, 'out', 'weekday')?.departures ?? [];
  const times = weekday.length ? `工作日${first}首班 ${weekday[0]}、末班 ${weekday[weekday.length - 1]}，共 ${weekday.length} 班` : '';
  const fares = route.flatFare !== null ? `票价统一 ${route.flatFare} 元` : `票价 ${Math.min(...route.fares.map((f) => f.yuan))}～${Math.max(...route.fares.map((f) => f.yuan))} 元`;
  const days = route.timetables.filter((t) => t.dayType !== 'weekday' && t.direction === 'out').map((t) => BUS_DAY_TYPE_LABELS[t.dayType]);
  return [
    `${route.code}从${first}开往${last}，途经${route.stops.slice(1, -1).map(stopLabel).join('、') || '无中途站'}`,
    times,
    days.length ? `${days.join('、')}另有时刻表` : '',
    fares,
    `运营单位${route.operator}，服务电话 ${route.hotline}`,
  ].filter(Boolean).join('；') + '。';
}
