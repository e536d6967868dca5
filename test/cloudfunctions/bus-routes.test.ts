// Rural bus routes: the CSV import (checked whole, refused whole naming the line), review and publish
// on the workflow, the public reads and the trip lookup at chosen instants (working day, weekend,
// holiday, 调休 Saturday, late evening), the 公交调整 notice on a change, search, and who may import.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { BusImportResult } from '#types/api/bus-import';
import type { BusRouteListItem, BusRouteView, BusTripAnswer } from '#types/api/bus-views';
import type { SearchResult } from '#types/api/search-views';
import { BUS_ROUTE_COLLECTION } from '#types/models/bus-route';
import { DELIVERY_COLLECTION, NOTICE_COLLECTION, NOTICE_PREFS_COLLECTION, NOTICE_SEND_COLLECTION } from '#types/models/notice';
import { REVISION_COLLECTION } from '#types/models/revision';
import { DEMO_BUS_CSV } from '../../scripts/demo/demo-bus-routes';
import { prefsDoc } from '../support/builders';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobsUntilDone } from '../support/run-jobs';
import { approval, publish } from '../support/workflow-steps';
import { busRouteId } from '../../cloudfunctions/_shared/bus/bus-route-id';

let cloud: ProductCloud;
const demo = readFileSync(DEMO_BUS_CSV, 'utf8');
const lines = demo.split('\n');
/** The 1-based line of the file that starts with `start`. */
const lineOf = (text: string, start: string): number => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

const importAs = (csv: string, as: PersonaKey = 'editor') => cloud.call<BusImportResult>('staff', 'importBusRoutes', { csv }, as);
const waiting = async (): Promise<number> => (await cloud.db.collection(REVISION_COLLECTION).where({ status: 'in_review' }).count()).total;
const routes = async (): Promise<number> => (await cloud.db.collection(BUS_ROUTE_COLLECTION).count()).total;
async function approveAll(ids: string[]): Promise<void> {
  for (const revisionId of ids) {
    const res = await cloud.call('staff', 'reviewRevision', approval(revisionId), 'reviewer');
    if (!res.ok) throw new Error(res.message);
  }
}
async function trips(payload: Record<string, unknown>): Promise<BusTripAnswer> {
  const res = await cloud.call<BusTripAnswer>('public', 'findBusTrips', payload, 'anonymous');
  if (!res.ok) throw new Error(res.message);
  return res.data;
}

describe('importing a bad file', () => {
  it.each([
    [
      'departures out of order',
      demo.replace('班次,城乡3路,,,,,去程,工作日,06:50 08:30 11:00', '班次,城乡3路,,,,,去程,工作日,06:50 11:00 08:30'),
      `第 ${lineOf(demo, '班次,城乡3路,,,,,去程,工作日')} 行：线路「城乡3路」「去程·工作日」的发车时间要从早到晚排、不能重复：08:30 排在了 11:00 之后`,
    ],
    [
      'a fare table missing a stop pair',
      lines.filter((l) => l !== '票价,城乡1路,,,,,,,,溪口,石门,4,,').join('\n'),
      `第 ${lineOf(demo, '线路,城乡1路')} 行：线路「城乡1路」票价表缺少 1 对站点的票价：「溪口—石门」（或者填统一票价）`,
    ],
    [
      'a village not on the place list',
      demo.replace('站点,城乡2路,岭下,城关镇,岭下村,15', '站点,城乡2路,岭下,城关镇,岭上村,15'),
      `第 ${lineOf(demo, '站点,城乡2路,岭下')} 行：站点「岭下」：「城关镇」没有「岭上村」，请从名单中选择`,
    ],
    [
      'a stop reached before the one before it',
      demo.replace('站点,城乡4路,凤凰,大坪乡,凤凰村,30', '站点,城乡4路,凤凰,大坪乡,凤凰村,12'),
      `第 ${lineOf(demo, '站点,城乡4路,凤凰')} 行：线路「城乡4路」「凤凰」的到站分钟数（12）要大于上一站「青山」（15）`,
    ],
    [
      'a time that is not a time',
      demo.replace('返程,周末,07:00 11:00 15:00', '返程,周末,07:00 11点 15:00'),
      `第 ${lineOf(demo, '班次,城乡3路,,,,,返程,周末')} 行：发车时间“11点”应写成 06:30 这样的 24 小时制，多个时间用空格分开`,
    ],
  ])('refuses the whole file for %s, naming the line', async (_what, csv, message) => {
    const res = await importAs(csv);
    expect(res).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
    expect(await waiting()).toBe(0);
    expect(await routes()).toBe(0);
  });

  it('lists several problems at once, each with its line', async () => {
    const csv = demo.replace('站点,城乡2路,岭下,城关镇,岭下村,15', '站点,城乡2路,岭下,城关镇,岭上村,15').replace('站点,城乡5路,枫树,石门乡,枫树村,30', '站点,城乡5路,枫树,石门乡,黄村,30');
    const res = await importAs(csv);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.message.split('；')).toEqual([expect.stringMatching(/^第 \d+ 行：站点「岭下」/), expect.stringMatching(/^第 \d+ 行：站点「枫树」：「石门乡」没有「黄村」/)]);
  });
});

describe('who may import', () => {
  it('is editors (and admins), never citizens or reviewers', async () => {
    expect(await importAs(demo, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await importAs(demo, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await importAs(demo, 'reviewer')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await waiting()).toBe(0);
  });
});

describe('a good file on the workflow', () => {
  it('puts every route up for review, publishes them when approved, and adds nothing when imported again', async () => {
    const first = await importAs(demo);
    if (!first.ok) throw new Error(first.message);
    expect(first.data).toMatchObject({ routes: 5, submitted: 5, unchanged: 0 });
    expect(await routes()).toBe(0);
    expect(await cloud.call('staff', 'reviewRevision', approval(first.data.revisionIds[0] as string), 'editor')).toMatchObject({ ok: false });
    await approveAll(first.data.revisionIds);
    expect(await routes()).toBe(5);
    expect(await importAs(demo)).toMatchObject({ ok: true, data: { routes: 5, submitted: 0, unchanged: 5 } });
  });

  it('lists the routes of a village and of the county, and gives one route whole', async () => {
    const list = await cloud.call<{ items: BusRouteListItem[] }>('public', 'listBusRoutes', { township: '石门乡', village: '上坪村' }, 'anonymous');
    expect(list.ok && list.data.items.map((r) => r.code)).toEqual(['城乡1路']);
    const township = await cloud.call<{ items: BusRouteListItem[] }>('public', 'listBusRoutes', { township: '石门乡' }, 'anonymous');
    expect(township.ok && township.data.items.map((r) => r.code)).toEqual(['城乡1路', '城乡5路']);
    const all = await cloud.call<{ items: BusRouteListItem[] }>('public', 'listBusRoutes', {}, 'anonymous');
    if (!all.ok) throw new Error(all.message);
    expect(all.data.items).toHaveLength(5);
    const one = await cloud.call<BusRouteView>('public', 'getBusRoute', { id: all.data.items[0]?.id }, 'anonymous');
    expect(one).toMatchObject({ ok: true, data: { code: '城乡1路', from: '县客运站', to: '上坪', operator: '清溪县城乡公交有限公司', hotline: '0591-62812345', flatFare: null } });
    expect(one.ok && one.data.fares).toHaveLength(10);
    expect(await cloud.call('public', 'getBusRoute', { id: 'busRoute-nope' }, 'anonymous')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('the trip lookup at chosen instants', () => {
  const fromShangping = { township: '石门乡', village: '上坪村' };

  it('on a working day: the next departures from the village to the county seat, and the fare', async () => {
    const answer = await trips({ ...fromShangping, at: '2026-12-01T07:10:00+08:00' });
    expect(answer).toMatchObject({ day: '2026-12-01', dayType: 'weekday', fromLabel: '石门乡上坪村', toLabel: '县城（城关镇）' });
    expect(answer.options).toEqual([
      expect.objectContaining({ code: '城乡1路', direction: 'back', board: '上坪', alight: '县客运站', rideMinutes: 45, fare: 6, departures: ['07:30', '09:30', '12:00', '14:30'].map((time) => ({ time, day: 'today' })) }),
    ]);
  });

  it('adds the minutes to a stop along the way', async () => {
    const answer = await trips({ township: '石门乡', village: '石门村', at: '2026-12-01T07:10:00+08:00' });
    expect(answer.options[0]).toMatchObject({ board: '石门', fare: 5, departures: [{ time: '07:40' }, { time: '09:40' }, { time: '12:10' }, { time: '14:40' }] });
  });

  it('on a Saturday runs the weekend timetable, and a route without one runs its weekday one', async () => {
    const answer = await trips({ ...fromShangping, at: '2026-12-05T07:10:00+08:00' });
    expect(answer.dayType).toBe('weekend');
    expect(answer.options[0]?.departures.map((d) => d.time)).toEqual(['07:30', '10:30', '14:30', '17:30']);
    const lingkou = await trips({ township: '岭口乡', village: '高岭村', at: '2026-12-05T12:00:00+08:00' });
    expect(lingkou.options[0]).toMatchObject({ code: '城乡2路', fare: 3, departures: [{ time: '13:00' }, { time: '15:30' }, { time: '17:40' }] });
  });

  it('on a holiday runs the holiday timetable, and on a 调休 Saturday the weekday one', async () => {
    const holiday = await trips({ ...fromShangping, at: '2026-10-02T07:10:00+08:00' });
    expect(holiday.dayType).toBe('holiday');
    expect(holiday.options[0]?.departures.map((d) => d.time)).toEqual(['09:00', '11:00', '13:00', '15:00']);
    const madeUp = await trips({ ...fromShangping, at: '2026-10-10T07:10:00+08:00' });
    expect(madeUp.dayType).toBe('weekday');
    expect(madeUp.options[0]?.departures[0]?.time).toBe('07:30');
    // A route with no holiday timetable runs its weekend one on a holiday.
    const daping = await trips({ township: '大坪乡', village: '大坪村', at: '2026-10-02T06:00:00+08:00' });
    expect(daping.options.map((o) => [o.code, o.departures.map((d) => d.time)])).toEqual([['城乡5路', ['06:30', '09:30', '13:30']]]);
  });

  it('after the last bus gives tomorrow’s first ones, on tomorrow’s timetable', async () => {
    const friday = await trips({ ...fromShangping, at: '2026-12-04T20:00:00+08:00' });
    expect(friday.options[0]?.departures).toEqual(['07:30', '10:30', '14:30', '17:30'].map((time) => ({ time, day: 'tomorrow' })));
  });

  it('takes the request’s own time when none is given', async () => {
    cloud.emulator.clock.set('2026-12-01T16:00:00+08:00');
    const answer = await trips(fromShangping);
    expect(answer).toMatchObject({ day: '2026-12-01', dayType: 'weekday' });
    expect(answer.options[0]?.departures.map((d) => d.time)).toEqual(['17:00']);
  });

  it('goes between two villages on a route that does not reach the county seat, either way', async () => {
    const out = await trips({ township: '下洋镇', village: '下洋村', toTownship: '大坪乡', toVillage: '梅溪村', at: '2026-12-01T06:00:00+08:00' });
    expect(out.options).toEqual([expect.objectContaining({ code: '城乡4路', direction: 'out', fare: 2, rideMinutes: 50, departures: ['07:00', '12:00', '16:30'].map((time) => ({ time, day: 'today' })) })]);
    const back = await trips({ township: '大坪乡', village: '凤凰村', toTownship: '下洋镇', toVillage: '青山村', at: '2026-12-01T06:00:00+08:00' });
    // 返程 leaves 梅溪 at 07:50 and reaches 凤凰 20 minutes later.
    expect(back.options[0]).toMatchObject({ direction: 'back', board: '凤凰', alight: '青山', departures: [{ time: '08:10' }, { time: '13:20' }, { time: '17:40' }] });
    const none = await trips({ township: '岭口乡', village: '岭口村', toTownship: '大坪乡', at: '2026-12-01T06:00:00+08:00' });
    expect(none.options).toEqual([]);
  });

  it('refuses a place not on the list and an instant that does not exist', async () => {
    expect(await cloud.call('public', 'findBusTrips', { township: '石门乡', village: '石门新村' }, 'anonymous')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '「石门乡」没有「石门新村」，请从名单中选择' });
    expect(await cloud.call('public', 'findBusTrips', { township: '石门乡', at: '2026-02-30T07:00:00+08:00' }, 'anonymous')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });
});

describe('a route change', () => {
  it('tells the subscribers of the route’s townships (公交调整), and nobody elsewhere', async () => {
    cloud.emulator.clock.set('2026-12-02T09:00:00+08:00');
    await cloud.db.collection(NOTICE_PREFS_COLLECTION).add({ data: prefsDoc('o-bus-shimen', { topics: ['bus'], areas: ['石门乡'], townships: ['石门乡'], allAreas: false }) });
    await cloud.db.collection(NOTICE_PREFS_COLLECTION).add({ data: prefsDoc('o-bus-xiayang', { topics: ['bus'], areas: ['下洋镇'], townships: ['下洋镇'], allAreas: false }) });
    const changed = demo.replace('班次,城乡1路,,,,,去程,工作日,06:30 08:00', '班次,城乡1路,,,,,去程,工作日,06:20 08:00');
    const res = await importAs(changed);
    if (!res.ok) throw new Error(res.message);
    expect(res.data).toMatchObject({ submitted: 1, unchanged: 4 });
    expect((await cloud.db.collection(NOTICE_COLLECTION).where({ township: '石门乡' }).count()).total).toBe(0);
    await approveAll(res.data.revisionIds);
    const notices = (await cloud.db.collection(NOTICE_COLLECTION).where({ township: '石门乡' }).get()).data as { kind: string; title: string; body: string }[];
    expect(notices).toEqual([expect.objectContaining({ kind: 'bus', title: '城乡1路线路调整', body: expect.stringContaining('首班 06:20') })]);
    const sends = (await cloud.db.collection(NOTICE_SEND_COLLECTION).where({ status: 'scheduled' }).get()).data as { target: { township: string } }[];
    expect(sends.map((s) => s.target.township).sort()).toEqual(['城关镇', '石门乡']);
    await runJobsUntilDone(cloud.emulator);
    const delivered = (await cloud.db.collection(DELIVERY_COLLECTION).where({ status: 'sent', openid: 'o-bus-shimen' }).get()).data;
    expect(delivered).toHaveLength(1);
    expect((await cloud.db.collection(DELIVERY_COLLECTION).where({ status: 'sent', openid: 'o-bus-xiayang' }).get()).data).toHaveLength(0);
  });
});

describe('editing a route in the editor', () => {
  it('publishes the staff edit as a new version (a change notice to each township), and refuses a stop off the place list', async () => {
    const id = busRouteId('城乡2路');
    const editable = await cloud.call<{ content: Record<string, unknown>; version: number }>('staff', 'getEditable', { kind: 'busRoute', targetId: id }, 'editor');
    if (!editable.ok) throw new Error(editable.message);
    expect(editable.data).toMatchObject({ version: 1, content: { code: '城乡2路', flatFare: 3 } });
    const offList = { ...editable.data.content, stops: [...(editable.data.content.stops as object[]), { name: '新站', township: '岭口乡', village: '岭上村', minutes: 70 }] };
    const refused = await cloud.call('staff', 'saveDraft', { revisionId: 'bus-edit-off-list', kind: 'busRoute', targetId: id, content: offList, changeNote: '' }, 'editor');
    expect(refused).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '站点「新站」：「岭口乡」没有「岭上村」，请从名单中选择' });
    await publish(cloud, 'busRoute', { ...editable.data.content, hotline: '12328' }, id);
    const route = await cloud.call<BusRouteView>('public', 'getBusRoute', { id }, 'anonymous');
    expect(route).toMatchObject({ ok: true, data: { hotline: '12328', version: 2 } });
    const notices = (await cloud.db.collection(NOTICE_COLLECTION).where({ township: '岭口乡' }).get()).data as { _id: string; title: string }[];
    expect(notices).toEqual([expect.objectContaining({ _id: `bus-${id}-v2-1`, title: '城乡2路线路调整' })]);
  });
});

describe('search', () => {
  const search = async (q: string): Promise<SearchResult> => {
    const res = await cloud.call<SearchResult>('search', 'search', { q }, 'anonymous');
    if (!res.ok) throw new Error(res.message);
    return res.data;
  };

  it.each([
    ['上坪到县城几点有车', '城乡1路'],
    ['去梅溪的班车', '城乡4路'],
    ['高岭到县城多少钱', '城乡2路'],
  ])('finds the route for “%s”', async (q, code) => {
    const { hits } = await search(q);
    expect(hits[0]).toMatchObject({ kind: 'busRoute', title: expect.stringContaining(code), path: expect.stringMatching(/^\/bus\/route\/index\?id=busRoute-/) });
  });

  it('finds bus routes for 城乡公交多少钱一趟', async () => {
    const { hits } = await search('城乡公交多少钱一趟');
    expect(hits.slice(0, 3).some((h) => h.kind === 'busRoute')).toBe(true);
  });
});

describe('the place list', () => {
  it('keeps a village a route stops at: it cannot be dropped from the list', async () => {
    const villages = ['石门村', '下坪村', '枫树村', '竹林村'].map((name) => ({ name })).concat([{ name: '黄泥村', retired: true } as { name: string }]);
    const res = await cloud.call('staff', 'savePlace', { id: 'town-shimen', name: '石门乡', order: 2, villages }, 'admin');
    expect(res).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION', message: expect.stringMatching(/^「石门乡上坪村」已有 1 条公交线路在用/) });
  });
});

describe('the uploaded file', () => {
  it('reads a routes table Excel saved as GBK, from the editor’s own upload folder only', async () => {
    const gbk = iconv.encode(demo, 'gbk');
    const theirs = (await cloud.cloud.uploadFile({ cloudPath: 'uploads/o-local-citizen-a/bus.csv', fileContent: gbk })).fileID as string;
    expect(await cloud.call('staff', 'importBusRoutes', { fileId: theirs }, 'editor')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    const mine = (await cloud.cloud.uploadFile({ cloudPath: 'staff/o-local-editor/2026/bus.csv', fileContent: gbk })).fileID as string;
    const res = await cloud.call<BusImportResult>('staff', 'importBusRoutes', { fileId: mine }, 'editor');
    expect(res).toMatchObject({ ok: true, data: { routes: 5 } });
  });
});
