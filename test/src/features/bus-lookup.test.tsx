// The 城乡公交 page: pick a village, see the buses to the county seat (tomorrow's when none are left
// today), the routes through it, an error with a retry; and a route's timetables with their fallbacks.
import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { BusRouteView, BusTripAnswer } from '#types/api/bus-views';
import type { TownshipView } from '#types/api/places';
import { BusLookup, BusRouteDetail } from '@/features/bus';
import { timetableRows } from '@/features/bus/bus-text';
import { useBusPlaceStore } from '@/features/bus/stores/bus-place-store';
import { gatewayAnswers } from '../../support/gateway-answers';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
beforeEach(() => {
  window.localStorage.clear();
  act(() => useBusPlaceStore.setState({ place: null }));
});

const townships: TownshipView[] = [
  { id: 't1', name: '城关镇', order: 1, retired: false, villages: [{ name: '溪口村', retired: false }] },
  { id: 't2', name: '石门乡', order: 2, retired: false, villages: [{ name: '上坪村', retired: false }, { name: '黄泥村', retired: true }] },
];
const answer: BusTripAnswer = {
  day: '2026-12-04', dayType: 'weekday', fromLabel: '石门乡上坪村', toLabel: '县城（城关镇）',
  options: [{ routeId: 'busRoute-1', code: '城乡1路', name: '县城—石门乡上坪', direction: 'back', board: '上坪', alight: '县客运站', rideMinutes: 45, fare: 6, hotline: '0591-62812345', departures: [{ time: '07:30', day: 'tomorrow' }, { time: '10:30', day: 'tomorrow' }] }],
};
const listed = { id: 'busRoute-1', code: '城乡1路', name: '县城—石门乡上坪', from: '县客运站', to: '上坪', townships: ['城关镇', '石门乡'], operator: '清溪县城乡公交有限公司', hotline: '0591-62812345', flatFare: null };

describe('BusLookup', () => {
  it('asks for the picked village, then shows the next buses to the county seat, the fare and the routes through it', async () => {
    const asked = gatewayAnswers({ listPlaces: { ok: true, data: { townships } }, findBusTrips: { ok: true, data: answer }, listBusRoutes: { ok: true, data: { items: [listed] } } });
    render(<BusLookup />);
    fireEvent.click(await screen.findByText('石门乡'));
    expect(screen.queryByText('黄泥村')).toBeNull(); // merged away: not offered
    fireEvent.click(screen.getByText('上坪村'));
    expect(await screen.findByText('石门乡上坪村 → 县城（城关镇）')).toBeInTheDocument();
    expect(screen.getByText(/在「上坪」上车，到「县客运站」约 45 分钟，票价 6 元/)).toBeInTheDocument();
    expect(screen.getByText('下一班：明天 07:30、明天 10:30')).toBeInTheDocument();
    expect(screen.getByText(/按站计价\s清溪县城乡公交有限公司/)).toBeInTheDocument();
    expect(asked).toContainEqual({ action: 'findBusTrips', payload: { township: '石门乡', village: '上坪村' } });
    expect(useBusPlaceStore.getState().place).toEqual({ township: '石门乡', village: '上坪村' });
    const navigate = jest.spyOn(Taro, 'navigateTo');
    fireEvent.click(screen.getByRole('link', { name: /城乡1路\s县城—石门乡上坪/ }));
    expect(navigate).toHaveBeenCalledWith({ url: '/bus/route/index?id=busRoute-1' });
  });

  it('says there is no direct bus, and offers a retry when the lookup fails', async () => {
    act(() => useBusPlaceStore.setState({ place: { township: '城关镇', village: '溪口村' } }));
    gatewayAnswers({ listPlaces: { ok: true, data: { townships } }, findBusTrips: { ok: false, code: 'INVALID_ARGUMENT', message: '「城关镇」没有「溪口村」，请从名单中选择' } });
    render(<BusLookup />);
    expect(await screen.findByText('「城关镇」没有「溪口村」，请从名单中选择')).toBeInTheDocument();
    gatewayAnswers({ listPlaces: { ok: true, data: { townships } }, findBusTrips: { ok: true, data: { ...answer, fromLabel: '城关镇溪口村', options: [] } }, listBusRoutes: { ok: true, data: { items: [] } } });
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText(/^没有从城关镇溪口村直达县城（城关镇）的城乡公交/)).toBeInTheDocument();
  });
});

const route: BusRouteView = {
  ...listed, stops: [{ name: '县客运站', township: '城关镇', village: null, minutes: 0 }, { name: '上坪', township: '石门乡', village: '上坪村', minutes: 45 }],
  timetables: [
    { direction: 'out', dayType: 'weekday', departures: ['06:30', '17:30'] },
    { direction: 'back', dayType: 'weekday', departures: ['06:00'] },
    { direction: 'back', dayType: 'weekend', departures: [] },
  ],
  fares: [{ from: '县客运站', to: '上坪', yuan: 6 }], note: '', version: 2, updatedAt: '2026-12-01T01:00:00.000Z',
};

describe('a route’s timetables', () => {
  it('shows what each day type runs: its own, the one it falls back to, or none', () => {
    const rows = timetableRows(route).map((r) => [r.label, r.times.join(' '), r.sameAs]);
    expect(rows).toEqual([
      ['去程（县客运站发车）·工作日', '06:30 17:30', null],
      ['去程（县客运站发车）·周末', '06:30 17:30', '同工作日'],
      ['去程（县客运站发车）·节假日', '06:30 17:30', '同工作日'],
      ['返程（上坪发车）·工作日', '06:00', null],
      ['返程（上坪发车）·周末', '', null],
      ['返程（上坪发车）·节假日', '', '同周末'],
    ]);
  });

  it('lists stops, timetables and fares, and calls the hotline on a tap', async () => {
    gatewayAnswers({ getBusRoute: { ok: true, data: route } });
    const call = jest.fn(async () => ({ errMsg: 'makePhoneCall:ok' }));
    Object.assign(Taro, { makePhoneCall: call });
    render(<BusRouteDetail id="busRoute-1" />);
    expect(await screen.findByText(/城乡1路\s县客运站 — 上坪/)).toBeInTheDocument();
    expect(screen.getByText('石门乡上坪村，发车后约 45 分钟到')).toBeInTheDocument();
    expect(screen.getAllByText(/06:30\s+17:30（同工作日）/)).toHaveLength(2);
    expect(screen.getAllByText('不开行')).toHaveLength(2);
    expect(screen.getByText('票价：按站计价 6～6 元')).toBeInTheDocument();
    fireEvent.click(screen.getByText(/拨打服务电话/));
    expect(call).toHaveBeenCalledWith({ phoneNumber: '0591-62812345' });
  });
});
