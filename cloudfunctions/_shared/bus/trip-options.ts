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

/**
 * The stops serving a place: a village's own stops; for a township as a whole, its stops in the seat
 * (镇上, no village) when the route has any there, else every stop in the township.
 */
function stopsServing(stops: BusStop[], place: Place): Set<number> {
  const inTownship = stops.flatMap((s, i) => (s.township === place.township ? [i] : []));
  if (place.village !== null) return new Set(inTownship.filter((i) => stops[i]?.village === place.village));
  const seat = inTownship.filter((i) => stops[i]?.village === null);
  return new Set(seat.length ? seat : inTownship);
}

/** The closest boarding and alighting stops on a route, or null when it does not serve both places. */
function ride(stops: BusStop[], from: Place, to: Place): { board: number; alight: number } | null {
  const boarding = stopsServing(stops, from);
  const alighting = stopsServing(stops, to);
  let best: { board: number; alight: number } | null = null;
  stops.forEach((_a, board) => {
    if (!boarding.has(board)) return;
    stops.forEach((_b, alight) => {
      if (alight === board || !alighting.has(alight)) return;
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
