// A stored bus route as citizens read it: the list line, and the whole route.
import type { BusRouteListItem, BusRouteView } from '#types/api/bus-views';
import type { BusRouteDoc } from '#types/models/bus-route';

export type BusRouteHead = Pick<BusRouteDoc, '_id' | 'code' | 'name' | 'stops' | 'townships' | 'operator' | 'hotline' | 'flatFare'>;

/** What the list reads of each route: never the timetables and fares. */
export const BUS_ROUTE_HEAD_FIELDS = { _id: true, code: true, name: true, stops: true, townships: true, operator: true, hotline: true, flatFare: true } as const;

export function toBusRouteListItem(r: BusRouteHead): BusRouteListItem {
  return {
    id: r._id, code: r.code, name: r.name, from: r.stops[0]?.name ?? '', to: r.stops[r.stops.length - 1]?.name ?? '',
    townships: r.townships, operator: r.operator, hotline: r.hotline, flatFare: r.flatFare,
  };
}

export function toBusRouteView(r: BusRouteDoc): BusRouteView {
  return { ...toBusRouteListItem(r), stops: r.stops, timetables: r.timetables, fares: r.fares, note: r.note, version: r.version, updatedAt: r.updatedAt.toISOString() };
}
