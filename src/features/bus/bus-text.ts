// How the bus pages say times, fares and timetables: a departure tomorrow says so, a missing fare says
// whom to ask, and a day type without its own timetable says which one it runs.
import type { BusDeparture, BusRouteView } from '#types/api/bus-views';
import { BUS_DAY_TYPE_LABELS, BUS_DAY_TYPES, BUS_DIRECTION_LABELS, BUS_DIRECTIONS, type BusDayType, type BusDirection, timetableFor } from '#types/models/bus-route';

export const departureText = (d: BusDeparture): string => (d.day === 'tomorrow' ? `明天 ${d.time}` : d.time);

export const fareText = (fare: number | null): string => (fare === null ? '票价请电话询问' : `${fare} 元`);

export function routeFareText(route: Pick<BusRouteView, 'flatFare' | 'fares'>): string {
  if (route.flatFare !== null) return `全程统一 ${route.flatFare} 元`;
  const prices = route.fares.map((f) => f.yuan);
  return prices.length ? `按站计价 ${Math.min(...prices)}～${Math.max(...prices)} 元` : '票价请电话询问';
}

export interface TimetableRow {
  direction: BusDirection;
  dayType: BusDayType;
  label: string;
  /** From the direction's first stop; empty when it does not run that day type. */
  times: string[];
  /** Which timetable it runs when it has none of its own ("同工作日"), else null. */
  sameAs: string | null;
}

/** Every direction and day type, in order, with what it actually runs. */
export function timetableRows(route: Pick<BusRouteView, 'timetables' | 'stops'>): TimetableRow[] {
  return BUS_DIRECTIONS.flatMap((direction) =>
    BUS_DAY_TYPES.map((dayType) => {
      const runs = timetableFor(route, direction, dayType);
      const first = direction === 'out' ? route.stops[0]?.name : route.stops[route.stops.length - 1]?.name;
      return {
        direction,
        dayType,
        label: `${BUS_DIRECTION_LABELS[direction]}（${first ?? ''}发车）·${BUS_DAY_TYPE_LABELS[dayType]}`,
        times: runs?.departures ?? [],
        sameAs: runs && runs.dayType !== dayType ? `同${BUS_DAY_TYPE_LABELS[runs.dayType]}` : null,
      };
    }),
  );
}
