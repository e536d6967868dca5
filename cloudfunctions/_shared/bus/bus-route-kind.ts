// The rural bus route as a content type: drafted (or imported from CSV), reviewed and published like any
// other; every stop on the county's place list; in search as the route a village's people ask about;
// and each new version of a route tells its townships' subscribers (公交调整).
import { CONTENT_INPUTS } from '#types/api/content-input';
import { placeProblem } from '#types/api/places';
import { BUS_ROUTE_COLLECTION, busRouteAreas, type BusRouteContent, type BusRouteDoc } from '#types/models/bus-route';
import { AppError, invalidArgument } from '../app-error';
import { db, docsOf } from '../cloud';
import type { KindSpec } from '../content/content-kinds';
import { loadPlaces } from '../places/load-places';
import { busRouteSummary } from './bus-route-text';
import { notifyBusChange } from './notify-bus-change';

/** Why a route's stops or code cannot be published: a stop off the place list, a code another route has. */
export async function busRouteRefProblems(route: BusRouteContent, targetId: string | null): Promise<{ stop: number | null; message: string }[]> {
  const places = await loadPlaces('check');
  const problems: { stop: number | null; message: string }[] = [];
  route.stops.forEach((s, index) => {
    const problem = placeProblem(places, s.township, s.village);
    if (problem) problems.push({ stop: index, message: `站点「${s.name}」：${problem}` });
  });
  const sameCode = await docsOf<{ _id: string }>(db.collection(BUS_ROUTE_COLLECTION).where({ code: route.code }).field({ _id: true }).limit(5));
  if (sameCode.some((r) => r._id !== targetId)) problems.push({ stop: null, message: `已有线路编号为「${route.code}」的线路，请换一个编号或修改那条线路` });
  return problems;
}

export const busRouteKind: KindSpec = {
  label: '城乡公交线路',
  collection: BUS_ROUTE_COLLECTION,
  schema: CONTENT_INPUTS.busRoute,
  toContent: (input) => ({ ...(input as BusRouteContent) }),
  async check(_tx, content, targetId) {
    const [first] = await busRouteRefProblems(content as unknown as BusRouteContent, targetId);
    if (first) throw first.stop === null ? new AppError('ALREADY_EXISTS', first.message) : invalidArgument(first.message);
  },
  derive: (content) => ({ ...busRouteAreas((content as unknown as BusRouteContent).stops) }),
  async afterPublish(tx, doc, now) {
    if (Number(doc.version) > 1) await notifyBusChange(tx, doc as unknown as BusRouteDoc, now);
  },
  toInput(doc) {
    const r = doc as unknown as BusRouteDoc;
    return { code: r.code, name: r.name, operator: r.operator, hotline: r.hotline, flatFare: r.flatFare, stops: r.stops, timetables: r.timetables, fares: r.fares, note: r.note };
  },
  search(doc) {
    if (doc.lifecycle === 'withdrawn') return null;
    const r = doc as unknown as BusRouteDoc;
    const first = r.stops[0]?.name ?? '';
    const last = r.stops[r.stops.length - 1]?.name ?? '';
    return {
      kind: 'busRoute',
      refId: r._id,
      title: `${r.code}（${first}—${last}）城乡公交`,
      text: busRouteSummary(r),
      keywords: ['城乡公交', '班车', '客车', '公交车', '时刻表', '几点', '发车', '有车', '票价', '车费', '多少钱', '一趟', '单程', r.name, r.operator, ...r.townships, ...r.stops.flatMap((s) => [s.name, s.village ?? ''])].filter(Boolean).join(' '),
      path: `/bus/route/index?id=${r._id}`,
    };
  },
};
