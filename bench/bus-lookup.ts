// Rural buses at a realistic county's volume: 200 published routes (10-16 stops each, full fare tables,
// six timetables) over 20 townships and 300 villages; the village-to-county-seat lookup, a village's
// route list and one route's page through the real SDK. `npx tsx bench/bus-lookup.ts` prints the figures.
import { BUS_ROUTE_COLLECTION, type BusRouteDoc, type BusStop, busRouteAreas, hhmmOf } from '#types/models/bus-route';
import { PLACE_COLLECTION, type TownshipDoc } from '#types/models/place';
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { localSdk } from '../scripts/local-sdk';
import { percentile, timeMany } from './measure';

const ROUTES = 200;
const TOWNSHIPS = 20;
const VILLAGES = 15;
const RUNS = 300;
const HAN = '东西南北中上下前后山水河溪岭坪塘桥湾坑林';

const townshipName = (t: number): string => (t === 0 ? '城关镇' : `${HAN[t % 20]}${HAN[(t * 7 + 3) % 20]}乡`);
const villageName = (t: number, v: number): string => `${HAN[(t + v) % 20]}${HAN[(v * 3 + t * 5 + 1) % 20]}${'甲乙丙丁戊己庚辛壬癸子丑寅卯辰'[v]}村`;

function places(): TownshipDoc[] {
  const at = new Date('2026-10-01T00:00:00+08:00');
  return Array.from({ length: TOWNSHIPS }, (_, t) => ({
    _id: `bench-town-${t}`, name: townshipName(t), order: t, retired: false, updatedAt: at, updatedBy: 'bench',
    villages: Array.from({ length: VILLAGES }, (_, v) => ({ name: villageName(t, v), retired: false })),
  }));
}

function route(i: number): BusRouteDoc {
  const stopCount = 10 + (i % 7);
  const towns = [1 + (i % (TOWNSHIPS - 1)), 1 + ((i * 7 + 5) % (TOWNSHIPS - 1))];
  const stops: BusStop[] = [{ name: '县客运站', township: '城关镇', village: null, minutes: 0 }];
  for (let s = 1; s < stopCount; s++) {
    const t = towns[s < stopCount / 2 ? 0 : 1] as number;
    const v = (i * 3 + s * 2) % VILLAGES;
    stops.push({ name: `${villageName(t, v)}站${s}`, township: townshipName(t), village: villageName(t, v), minutes: s * 6 });
  }
  const times = (first: number, count: number): string[] => Array.from({ length: count }, (_, k) => hhmmOf(first + k * 70));
  const fares = stops.flatMap((a, x) => stops.slice(x + 1).map((b, y) => ({ from: a.name, to: b.name, yuan: 2 + Math.floor((y + 1) / 3) })));
  const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000);
  return {
    _id: `busRoute-bench-${i}`, code: `城乡${i + 1}路`, name: `县城—${stops[stops.length - 1]?.township}`, operator: '县城乡公交有限公司', hotline: '0591-62812345',
    flatFare: i % 4 === 0 ? 3 : null, stops, fares: i % 4 === 0 ? [] : fares, note: '',
    timetables: [
      { direction: 'out', dayType: 'weekday', departures: times(360 + (i % 30), 12) },
      { direction: 'back', dayType: 'weekday', departures: times(350 + (i % 30), 12) },
      { direction: 'out', dayType: 'weekend', departures: times(420, 8) },
      { direction: 'back', dayType: 'weekend', departures: times(410, 8) },
      { direction: 'out', dayType: 'holiday', departures: times(400, 10) },
      { direction: 'back', dayType: 'holiday', departures: times(390, 10) },
    ],
    ...busRouteAreas(stops),
    version: 1, publishedAt: at, updatedAt: at, lifecycle: 'published', lifecycleNote: null, votes: { helpful: 0, unhelpful: 0 },
  };
}

export interface BusBenchFigures {
  routes: number;
  villages: number;
  lookupP50: number;
  lookupP95: number;
  listP95: number;
  routePageP95: number;
  routePageBytes: number;
  optionsPerLookup: number;
}

export async function busLookupBench(): Promise<BusBenchFigures> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    const routes = Array.from({ length: ROUTES }, (_, i) => route(i));
    emulator.store.apply([
      ...places().map((t) => ({ kind: 'put' as const, collection: PLACE_COLLECTION, id: t._id, doc: t as unknown as Doc })),
      ...routes.map((r) => ({ kind: 'put' as const, collection: BUS_ROUTE_COLLECTION, id: r._id, doc: r as unknown as Doc })),
    ]);
    const served = [...new Set(routes.flatMap((r) => r.stops.filter((s) => s.village).map((s) => `${s.township}/${s.village}`)))];
    const cloud = localSdk(emulator.sdkEnv);
    const callPublic = async (action: string, payload: unknown): Promise<{ ok: boolean; data?: unknown; message?: string }> =>
      (await cloud.callFunction({ name: 'public', data: { action, payload } })).result as { ok: boolean; data?: unknown; message?: string };
    let n = 0;
    let options = 0;
    const lookup = async (): Promise<void> => {
      const [township = '', village = ''] = (served[(n++ * 37) % served.length] as string).split('/');
      // A fixed instant (a working day's morning), never the wall clock.
      const res = await callPublic('findBusTrips', { township, village, at: '2026-12-01T07:10:00+08:00' });
      if (!res.ok) throw new Error(res.message);
      options += (res.data as { options: unknown[] }).options.length;
    };
    await timeMany(20, lookup);
    options = 0;
    const lookups = await timeMany(RUNS, lookup);
    const list = await timeMany(RUNS, async () => {
      const [township = '', village = ''] = (served[(n++ * 37) % served.length] as string).split('/');
      const res = await callPublic('listBusRoutes', { township, village });
      if (!res.ok) throw new Error(res.message);
    });
    const page = await timeMany(RUNS, async () => {
      const res = await callPublic('getBusRoute', { id: `busRoute-bench-${n++ % ROUTES}` });
      if (!res.ok) throw new Error(res.message);
    });
    const longest = await callPublic('getBusRoute', { id: 'busRoute-bench-6' });
    return {
      routes: ROUTES,
      villages: served.length,
      lookupP50: percentile(lookups, 50),
      lookupP95: percentile(lookups, 95),
      listP95: percentile(list, 95),
      routePageP95: percentile(page, 95),
      routePageBytes: Buffer.byteLength(JSON.stringify(longest)),
      optionsPerLookup: options / RUNS,
    };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  busLookupBench().then(
    (r) => {
      const ms = (x: number): string => `${x.toFixed(1)} ms`;
      console.log(`城乡公交 at ${r.routes} routes (${r.villages} villages served):`);
      console.log(`  village -> county seat lookup via SDK: p50 ${ms(r.lookupP50)}, p95 ${ms(r.lookupP95)} (${r.optionsPerLookup.toFixed(1)} routes per answer)`);
      console.log(`  a village's route list p95 ${ms(r.listP95)}; a route's page p95 ${ms(r.routePageP95)}, ${(r.routePageBytes / 1024).toFixed(1)} KB (16 stops, 120 fares)`);
      console.log(JSON.stringify(r));
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
