// What citizens read about rural buses: the routes serving a place, one route in full, and the answer to
// "from my village to the county seat (or to Y): which bus, when, how much".
import type { BusDayType, BusDirection, BusFare, BusStop, BusTimetable } from '../models/bus-route';

export interface BusRouteListItem {
  id: string;
  code: string;
  name: string;
  /** First and last stop. */
  from: string;
  to: string;
  townships: string[];
  operator: string;
  hotline: string;
  flatFare: number | null;
}

export interface BusRouteView extends BusRouteListItem {
  stops: BusStop[];
  timetables: BusTimetable[];
  fares: BusFare[];
  note: string;
  version: number;
  updatedAt: string;
}

export interface BusDeparture {
  /** HH:MM at the stop where one boards. */
  time: string;
  day: 'today' | 'tomorrow';
}

export interface BusTripOption {
  routeId: string;
  code: string;
  name: string;
  direction: BusDirection;
  /** The stop to board at and the stop to get off at. */
  board: string;
  alight: string;
  rideMinutes: number;
  /** 元; null when the route's fare table has no price for this ride (should not happen once checked). */
  fare: number | null;
  /** The next few departures from the boarding stop after the asked instant (tomorrow's first when none are left today). */
  departures: BusDeparture[];
  hotline: string;
}

export interface BusTripAnswer {
  /** The Beijing calendar day asked about and which timetable it runs. */
  day: string;
  dayType: BusDayType;
  /** Where from and to, in words (石门乡上坪村 → 县城（城关镇）). */
  fromLabel: string;
  toLabel: string;
  options: BusTripOption[];
}
