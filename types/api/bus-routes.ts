// Rural bus actions: the public reads (routes of a place, one route, the trip lookup) and the staff
// CSV import. Spread into the public and staff action tables.
import * as v from 'valibot';
import { TOWNSHIP_NAME_MAX, VILLAGE_NAME_MAX } from '../models/place';
import { defineAction } from './action';
import { isoInstant } from './calendar-day';
import type { BusImportResult } from './bus-import';
import type { BusRouteListItem, BusRouteView, BusTripAnswer } from './bus-views';
import { hasOneSource, ONE_SOURCE_MESSAGE } from './budget-import';
import { uploadFileId } from './file-id';
import { line, prose } from './text-rule';

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const township = line(TOWNSHIP_NAME_MAX);
const village = v.optional(v.nullable(line(VILLAGE_NAME_MAX)), null);
/** An instant with its zone (2026-12-01T07:00:00+08:00); absent: the time of the request. */
const instant = v.optional(isoInstant);

export const BUS_ROUTE_LIST_MAX = 300;

export const busPublicApi = {
  /** Routes serving a township or a village (every route when neither is given), by route code. */
  listBusRoutes: defineAction<{ items: BusRouteListItem[] }>()(
    v.pipe(
      v.strictObject({ township: v.optional(v.nullable(township), null), village }),
      v.check((i) => !i.village || Boolean(i.township), '选了村，请同时选乡镇'),
    ),
  ),
  getBusRoute: defineAction<BusRouteView>()(v.strictObject({ id })),
  /** From a township or village to another (the county seat when no destination is given): routes, next departures, fare. */
  findBusTrips: defineAction<BusTripAnswer>()(
    v.strictObject({ township, village, toTownship: v.optional(v.nullable(township), null), toVillage: village, at: instant }),
  ),
};

export const busStaffApi = {
  /** Editors: the bus routes CSV (uploaded file or pasted), checked whole; new or changed routes go to review. */
  importBusRoutes: defineAction<BusImportResult>()(
    v.pipe(v.strictObject({ fileId: v.optional(uploadFileId), csv: v.optional(prose(1_000_000)) }), v.check((input) => hasOneSource(input), ONE_SOURCE_MESSAGE)),
  ),
};
