// Anyone may call: one published bus route with its stops, timetables and fares.
import { publicApi } from '#types/api/public';
import { BUS_ROUTE_COLLECTION, type BusRouteDoc } from '#types/models/bus-route';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { toBusRouteView } from '../queries/bus-route-view';

export const getBusRoute = defineHandler(publicApi.getBusRoute, 'anyone', async ({ id }) => {
  const route = await docOrNull<BusRouteDoc>(db.collection(BUS_ROUTE_COLLECTION).doc(id));
  if (!route || route.lifecycle === 'withdrawn') throw notFound('公交线路');
  return toBusRouteView(route);
});
