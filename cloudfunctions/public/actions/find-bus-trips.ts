// Anyone may call: from a township or village to another place (the county seat, the first township on
// the place list, when none is given), the routes serving both, the next departures after the asked
// instant (the request's time by default) on the timetable that day runs, and the fare.
import { nextDay } from '#types/api/calendar-day';
import { placeProblem } from '#types/api/places';
import { publicApi } from '#types/api/public';
import { BUS_ROUTE_COLLECTION, type BusRouteDoc } from '#types/models/bus-route';
import { areaOf } from '#types/models/place';
import { invalidArgument } from '../../_shared/app-error';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { busDayType } from '../../_shared/bus/day-type';
import { byNextDeparture, type Place, tripOption } from '../../_shared/bus/trip-options';
import { loadPlaces } from '../../_shared/places/load-places';
import { loadHolidayCalendars } from '../../_shared/time/holiday-calendars';
import { cstDay } from '../../_shared/time/working-days';

const ROUTES_PER_PLACE_MAX = 100;
const label = (p: Place): string => `${p.township}${p.village ?? ''}`;

export const findBusTrips = defineHandler(publicApi.findBusTrips, 'anyone', async (input, { now }) => {
  const places = await loadPlaces('view');
  const seat = places.find((t) => !t.retired);
  const from: Place = { township: input.township, village: input.village };
  const to: Place | null = input.toTownship ? { township: input.toTownship, village: input.toVillage } : seat ? { township: seat.name, village: null } : null;
  if (!to) throw invalidArgument('本县的乡镇名单还是空的，暂时查不了班车');
  for (const p of [from, to]) {
    const problem = placeProblem(places, p.township, p.village);
    if (problem) throw invalidArgument(problem);
  }
  const at = input.at ? new Date(input.at) : now;
  await loadHolidayCalendars('view');
  const day = cstDay(at);
  const beijing = new Date(at.getTime() + 8 * 3_600_000);
  const asked = { minute: beijing.getUTCHours() * 60 + beijing.getUTCMinutes(), today: busDayType(day), tomorrow: busDayType(nextDay(day)) };
  const routes = await docsOf<BusRouteDoc>(db.collection(BUS_ROUTE_COLLECTION).where({ areas: areaOf(from.township, from.village) }).orderBy('code', 'asc').limit(ROUTES_PER_PLACE_MAX));
  const options = routes.filter((r) => r.lifecycle === 'published').flatMap((r) => tripOption(r, from, to, asked) ?? []).sort(byNextDeparture);
  const seatLabel = !input.toTownship && seat ? `县城（${seat.name}）` : label(to);
  return { day, dayType: asked.today, fromLabel: label(from), toLabel: seatLabel, options };
});
