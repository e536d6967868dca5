// Rural bus routes (城乡公交): stops in order, each on the county's township and village list, the
// timetables of each direction for weekdays, weekends and holidays, fares (flat or between stops),
// the operator and its hotline. Published through the content workflow like every other kind.
import type { PublishedMeta } from './content';

export const BUS_ROUTE_COLLECTION = 'bus_routes';

/** 去程 runs from the first stop to the last, 返程 back. */
export const BUS_DIRECTIONS = ['out', 'back'] as const;
export type BusDirection = (typeof BUS_DIRECTIONS)[number];
export const BUS_DIRECTION_LABELS: Record<BusDirection, string> = { out: '去程', back: '返程' };

/** Which timetable a day uses: a holiday (法定节假日), a weekend day not made a working day (调休), or a working day. */
export const BUS_DAY_TYPES = ['weekday', 'weekend', 'holiday'] as const;
export type BusDayType = (typeof BUS_DAY_TYPES)[number];
export const BUS_DAY_TYPE_LABELS: Record<BusDayType, string> = { weekday: '工作日', weekend: '周末', holiday: '节假日' };

export const BUS_STOPS_MAX = 40;
export const BUS_DEPARTURES_MAX = 60;
export const BUS_CODE_MAX = 12;

export interface BusStop {
  name: string;
  township: string;
  /** Null: a stop in the township's seat (镇上), not in one village. */
  village: string | null;
  /** Minutes from the first stop on the 去程 trip (the 返程 trip takes the same times in reverse). */
  minutes: number;
}

export interface BusTimetable {
  direction: BusDirection;
  dayType: BusDayType;
  /** Departure times from the direction's first stop, HH:MM, earliest first; empty: no service that day type. */
  departures: string[];
}

export interface BusFare {
  from: string;
  to: string;
  /** 元. */
  yuan: number;
}

export interface BusRouteContent {
  /** 线路编号 as on the bus (城乡1路, K201): unique among routes. */
  code: string;
  name: string;
  operator: string;
  hotline: string;
  /** One fare for any ride; null: the fare table gives every pair of stops. */
  flatFare: number | null;
  stops: BusStop[];
  timetables: BusTimetable[];
  fares: BusFare[];
  note: string;
}

export interface BusRouteDerived {
  /** Townships the route serves, in stop order: who hears of a change. */
  townships: string[];
  /** "乡镇" and "乡镇/村" of every stop: what a village's lookup queries. */
  areas: string[];
}

export type BusRouteDoc = BusRouteContent & BusRouteDerived & PublishedMeta;

/** The timetable a day type falls back to when a route has none of its own: holidays run the weekend one, weekends the weekday one. */
export const BUS_DAY_FALLBACK: Record<BusDayType, BusDayType | null> = { holiday: 'weekend', weekend: 'weekday', weekday: null };

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const hhmmOf = (minutes: number): string => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The fare between two stops (either order), or null when the route's table lacks it. */
export function fareBetween(route: Pick<BusRouteContent, 'flatFare' | 'fares'>, a: string, b: string): number | null {
  if (route.flatFare !== null) return route.flatFare;
  return route.fares.find((f) => (f.from === a && f.to === b) || (f.from === b && f.to === a))?.yuan ?? null;
}

/** The timetable a route runs on a day type, after the fallbacks; null when it has none. */
export function timetableFor(route: Pick<BusRouteContent, 'timetables'>, direction: BusDirection, dayType: BusDayType): BusTimetable | null {
  for (let type: BusDayType | null = dayType; type; type = BUS_DAY_FALLBACK[type]) {
    const found = route.timetables.find((t) => t.direction === direction && t.dayType === type);
    if (found) return found;
  }
  return null;
}

/** Townships in stop order and every stop's area, for the stored document. */
export function busRouteAreas(stops: readonly BusStop[]): BusRouteDerived {
  const townships = [...new Set(stops.map((s) => s.township))];
  const areas = [...new Set(stops.flatMap((s) => (s.village ? [s.township, `${s.township}/${s.village}`] : [s.township])))];
  return { townships, areas };
}
