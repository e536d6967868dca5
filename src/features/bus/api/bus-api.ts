import { call } from '@/lib/cloud';

export interface BusPlace {
  township: string;
  village: string | null;
}

/** From a village to the county seat, at the time of the request. */
export const fetchBusTrips = (from: BusPlace) => call('public', 'findBusTrips', { township: from.township, village: from.village }, { retry: true });
export const fetchBusRoutes = (place: BusPlace) => call('public', 'listBusRoutes', { township: place.township, village: place.village }, { retry: true });
export const fetchBusRoute = (id: string) => call('public', 'getBusRoute', { id }, { retry: true });
