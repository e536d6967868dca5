import Taro from '@tarojs/taro';
import { ATTEMPT_TIMEOUT_MS, RETRY_PAUSE_MS } from '@/lib/call-policy';
import { STILL_SENDING, call, messageFor } from '@/lib/cloud';

const realFetch = global.fetch;
const loading = { show: jest.fn(), hide: jest.fn() };
beforeEach(() => {
  Object.assign(Taro, { showLoading: loading.show, hideLoading: loading.hide });
  loading.show.mockClear();
  loading.hide.mockClear();
});
afterEach(() => {
  global.fetch = realFetch;
  jest.useRealTimers();
});

function answer(body: unknown): jest.Mock {
  return jest.fn(async () => ({ json: async () => body }) as Response);
}

/** A fetch whose first calls hang until aborted (a call queued behind a cold start), then answers. */
function hangingThen(hanging: number, body: unknown): jest.Mock {
  let calls = 0;
  return jest.fn((_url: string, init: RequestInit) => {
    calls += 1;
    if (calls > hanging) return Promise.resolve({ json: async () => body } as Response);
    return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  });
}

const sentBodies = (fetch: jest.Mock): unknown[] => fetch.mock.calls.map(([, init]) => JSON.parse(String((init as RequestInit).body)));
const rating = { id: 'svc-1', level: 1, comment: '排队太久', requestId: 'r-abc-12345678' };

describe('the cloud caller (H5)', () => {
  beforeAll(() => {
    process.env.TARO_ENV = 'h5';
  });

  it('posts { action, payload } to /api/<function> and returns the Result', async () => {
    global.fetch = answer({ ok: true, data: { signedIn: true, roles: [], name: null } });
    const res = await call('public', 'getMe', {});
    expect(res).toEqual({ ok: true, data: { signedIn: true, roles: [], name: null } });
    const [url, init] = (global.fetch as jest.Mock).mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/public');
    expect(JSON.parse(String(init.body))).toEqual({ action: 'getMe', payload: {} });
  });

  it('turns a network failure into a plain Chinese message, retrying reads once after a pause', async () => {
    jest.useFakeTimers();
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const pending = call('public', 'getMe', {}, { retry: true });
    await jest.advanceTimersByTimeAsync(RETRY_PAUSE_MS.min - 1);
    expect(global.fetch).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(RETRY_PAUSE_MS.max);
    expect(await pending).toEqual({ ok: false, code: 'INTERNAL', message: '网络不给力，请检查网络后重试' });
    expect(global.fetch).toHaveBeenCalledTimes(2);
    expect(loading.show).not.toHaveBeenCalled();
  });

  it('does not retry a write unless asked', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await call('staff', 'setRoles', { openid: 'o-someone', name: '某人', roles: [] });
    expect(global.fetch).toHaveBeenCalledTimes(1);
  });

  it('treats an answer that is not a Result (a gateway error page) as INTERNAL', async () => {
    global.fetch = answer({ errCode: -504002, errMsg: 'boom' });
    expect(await call('public', 'getMe', {})).toEqual({ ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' });
  });

  it('sends a retry-safe write again with the same request id when the first try times out, showing it is still sending', async () => {
    jest.useFakeTimers();
    global.fetch = hangingThen(1, { ok: true, data: { level: 1, caseTrackingNo: '20260610-K7Q2MX' } });
    const pending = call('public', 'rateService', rating, { retry: true });
    await jest.advanceTimersByTimeAsync(ATTEMPT_TIMEOUT_MS);
    expect(loading.show).toHaveBeenCalledWith({ title: STILL_SENDING, mask: true });
    expect(loading.hide).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(RETRY_PAUSE_MS.max);
    expect(await pending).toEqual({ ok: true, data: { level: 1, caseTrackingNo: '20260610-K7Q2MX' } });
    expect(sentBodies(global.fetch as jest.Mock)).toEqual([{ action: 'rateService', payload: rating }, { action: 'rateService', payload: rating }]);
    expect(loading.hide).toHaveBeenCalledTimes(1);
  });

  it('sends a retry-safe write again after 系统繁忙, and says a later tap is safe when it still gets no answer', async () => {
    jest.useFakeTimers();
    global.fetch = answer({ ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' });
    const pending = call('public', 'rateService', rating, { retry: true });
    await jest.advanceTimersByTimeAsync(RETRY_PAUSE_MS.max);
    expect(await pending).toEqual({ ok: false, code: 'INTERNAL', message: '网络不给力，还没有提交成功。请稍后再点一次，不会重复提交' });
    expect(global.fetch).toHaveBeenCalledTimes(2);
  });

  it('never repeats a call the server answered with a reason', async () => {
    global.fetch = answer({ ok: false, code: 'RESOURCE_EXHAUSTED', message: '今天提交的次数已达上限，请明天再试，或拨打 12328' });
    expect(await call('public', 'rateService', rating, { retry: true })).toMatchObject({ code: 'RESOURCE_EXHAUSTED' });
    expect(global.fetch).toHaveBeenCalledTimes(1);
  });
});

describe('the cloud caller (WeChat)', () => {
  const realCallFunction = Taro.cloud.callFunction;
  beforeAll(() => {
    process.env.TARO_ENV = 'weapp';
  });
  afterAll(() => {
    process.env.TARO_ENV = 'h5';
    Taro.cloud.callFunction = realCallFunction;
  });

  it('gives up on a try that takes too long and sends the retry-safe write again', async () => {
    jest.useFakeTimers();
    const callFunction = jest.fn()
      .mockReturnValueOnce(new Promise(() => undefined))
      .mockResolvedValueOnce({ result: { ok: true, data: { level: 1, caseTrackingNo: '20260610-K7Q2MX' } } });
    Taro.cloud.callFunction = callFunction as unknown as typeof Taro.cloud.callFunction;
    const pending = call('public', 'rateService', rating, { retry: true });
    await jest.advanceTimersByTimeAsync(ATTEMPT_TIMEOUT_MS + RETRY_PAUSE_MS.max);
    expect(await pending).toMatchObject({ ok: true, data: { caseTrackingNo: '20260610-K7Q2MX' } });
    expect(callFunction.mock.calls).toEqual([[{ name: 'public', data: { action: 'rateService', payload: rating } }], [{ name: 'public', data: { action: 'rateService', payload: rating } }]]);
  });
});

describe('messageFor', () => {
  it('shows the server’s message, or a default for the code', () => {
    expect(messageFor({ ok: false, code: 'NOT_FOUND', message: '政策不存在或已删除' })).toBe('政策不存在或已删除');
    expect(messageFor({ ok: false, code: 'PERMISSION_DENIED', message: '' })).toBe('没有权限执行此操作');
  });
});
