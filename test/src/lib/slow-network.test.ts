// After 3 s without an answer the page says the network is slow, once however many calls wait, and
// stops saying so when the last of them is answered.
import Taro from '@tarojs/taro';
import { SLOW_LOADING, SLOW_NOTICE_MS, SLOW_SENDING, call } from '@/lib/cloud';

const realFetch = global.fetch;
const toast = { show: jest.fn(), hide: jest.fn() };

/** A fetch that answers only when `release` is called with the number of calls to answer. */
function heldFetch(): { fetch: jest.Mock; release(): void } {
  const waiting: Array<() => void> = [];
  const fetch = jest.fn(() => new Promise((resolve) => waiting.push(() => resolve({ json: async () => ({ ok: true, data: { signedIn: false, roles: [], name: null } }) } as Response))));
  return { fetch, release: () => waiting.shift()?.() };
}

beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
beforeEach(() => {
  jest.useFakeTimers();
  Object.assign(Taro, { showToast: toast.show, hideToast: toast.hide, showLoading: jest.fn(), hideLoading: jest.fn() });
  toast.show.mockClear();
  toast.hide.mockClear();
});
afterEach(() => {
  global.fetch = realFetch;
  jest.useRealTimers();
});

describe('a call that is slow to answer', () => {
  it('says nothing when the answer comes within 3 s', async () => {
    const held = heldFetch();
    global.fetch = held.fetch;
    const pending = call('public', 'getMe', {}, { retry: true });
    await jest.advanceTimersByTimeAsync(SLOW_NOTICE_MS - 1);
    held.release();
    await pending;
    await jest.advanceTimersByTimeAsync(SLOW_NOTICE_MS);
    expect(toast.show).not.toHaveBeenCalled();
    expect(toast.hide).not.toHaveBeenCalled();
  });

  it('shows 网络较慢，正在加载… at 3 s, once for two waiting reads, and hides it when the last is answered', async () => {
    const held = heldFetch();
    global.fetch = held.fetch;
    const first = call('public', 'getMe', {}, { retry: true });
    const second = call('public', 'getMe', {}, { retry: true });
    await jest.advanceTimersByTimeAsync(SLOW_NOTICE_MS - 1);
    expect(toast.show).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(toast.show).toHaveBeenCalledTimes(1);
    expect(toast.show).toHaveBeenCalledWith(expect.objectContaining({ title: SLOW_LOADING, icon: 'none' }));
    held.release();
    await first;
    expect(toast.hide).not.toHaveBeenCalled();
    held.release();
    expect(await second).toMatchObject({ ok: true });
    expect(toast.hide).toHaveBeenCalledTimes(1);
  });

  it('says a slow write is still being sent', async () => {
    const held = heldFetch();
    global.fetch = held.fetch;
    const pending = call('public', 'rateService', { id: 'svc-1', level: 1, comment: '', requestId: 'r-abc-12345678' }, { retry: true });
    await jest.advanceTimersByTimeAsync(SLOW_NOTICE_MS);
    expect(toast.show).toHaveBeenCalledWith(expect.objectContaining({ title: SLOW_SENDING }));
    held.release();
    await pending;
    expect(toast.hide).toHaveBeenCalledTimes(1);
  });
});
