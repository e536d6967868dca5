// Which routes take someone from one place to another, in which direction, when the next buses leave
// the boarding stop after a given instant (on the timetable its day uses) and what the ride costs.
import type { BusDeparture, BusTripOption } from '#types/api/bus-views';
import { type BusDayType, type BusDirection, type BusRouteDoc, type BusStop, fareBetween, hhmmOf, minutesOf, timetableFor } from '#types/models/bus-route';

export interface Place {
  township: string;
  village: string | null;
}

/** How many departures an option lists. */
export const DEPARTURES_SHOWN = 4;

const serves = (stop: BusStop, place: Place): boolean => stop.township === place.township && (place.village === null || stop.village === place.village);

/** The closest boarding and alighting stops on a route, or null when it does not serve both places. */
function ride(stops: BusStop[], from: Place, to: Place): { board: number; alight: number } | null {
  let best: { board: number; alight: number } | null = null;
  stops.forEach((a, board) => {
    if (!serves(a, from)) return;
    stops.forEach((b, alight) => {
      if (alight === board || !serves(b, to)) return;
      if (!best || Math.abs(alight - board) < Math.abs(best.alight - best.board)) best = { board, alight };
    });
  });
  return best;
}

/** Minutes after the direction's first departure at which the bus passes a stop. */
function offsetAt(stops: BusStop[], index: number, direction: BusDirection): number {
  const stop = stops[index] as BusStop;
  return direction === 'out' ? stop.minutes : (stops[stops.length - 1] as BusStop).minutes - stop.minutes;
}

function timesAt(route: BusRouteDoc, direction: BusDirection, dayType: BusDayType, offset: number): number[] {
  return (timetableFor(route, direction, dayType)?.departures ?? []).map((t) => minutesOf(t) + offset);
}

export interface AskedDay {
  /** Minutes since midnight, Beijing time, of the asked instant. */
  minute: number;
  today: BusDayType;
  tomorrow: BusDayType;
}

export function tripOption(route: BusRouteDoc, from: Place, to: Place, asked: AskedDay): BusTripOption | null {
  const found = ride(route.stops, from, to);
  if (!found) return null;
  const direction: BusDirection = found.board < found.alight ? 'out' : 'back';
  const offset = offsetAt(route.stops, found.board, direction);
  const today: BusDeparture[] = timesAt(route, direction, asked.today, offset).filter((m) => m >= asked.minute).map((m) => ({ time: hhmmOf(m), day: 'today' }));
  const tomorrow: BusDeparture[] = timesAt(route, direction, asked.tomorrow, offset).map((m) => ({ time: hhmmOf(m), day: 'tomorrow' }));
  const board = route.stops[found.board] as BusStop;
  const alight = route.stops[found.alight] as BusStop;
  return {
    routeId: route._id,
    code: route.code,
    name: route.name,
    direction,
    board: board.name,
    alight: alight.name,
    rideMinutes: Math.abs(alight.minutes - board.minutes),
    fare: fareBetween(route, board.name, alight.name),
    departures: (today.length ? today : tomorrow).slice(0, DEPARTURES_SHOWN),
    hotline: route.hotline,
  };
}

/** Options soonest first (today's before tomorrow's), then by route code. */
export function byNextDeparture(a: BusTripOption, b: BusTripOption): number {
  const key = (o: BusTripOption): number => (o.departures[0] ? (o.departures[0].day === 'today' ? 0 : 1440) + minutesOf(o.departures[0].time) : 1e9);
  return key(a) - key(b) || a.code.localeCompare(b.code, 'zh-CN');
}
