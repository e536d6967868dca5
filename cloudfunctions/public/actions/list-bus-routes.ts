// Anyone may call: the published bus routes serving a township or village (all of them without one), by code.
import { BUS_ROUTE_LIST_MAX } from '#types/api/bus-routes';
import { publicApi } from '#types/api/public';
import { BUS_ROUTE_COLLECTION } from '#types/models/bus-route';
import { areaOf } from '#types/models/place';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { BUS_ROUTE_HEAD_FIELDS, type BusRouteHead, toBusRouteListItem } from '../queries/bus-route-view';

export const listBusRoutes = defineHandler(publicApi.listBusRoutes, 'anyone', async ({ township, village }) => {
  const routes = db.collection(BUS_ROUTE_COLLECTION);
  const query = township ? routes.where({ areas: areaOf(township, village) }).orderBy('code', 'asc') : routes.orderBy('code', 'asc');
  const found = await docsOf<BusRouteHead & { lifecycle: string }>(query.field({ ...BUS_ROUTE_HEAD_FIELDS, lifecycle: true }).limit(BUS_ROUTE_LIST_MAX));
  return { items: found.filter((r) => r.lifecycle === 'published').map(toBusRouteListItem) };
});
