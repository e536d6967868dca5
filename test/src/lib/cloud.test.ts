import { call, messageFor } from '@/lib/cloud';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});

function answer(body: unknown): jest.Mock {
  return jest.fn(async () => ({ json: async () => body }) as Response);
}

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

  it('turns a network failure into a plain Chinese message, retrying reads once', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const res = await call('public', 'getMe', {}, { retry: true });
    expect(res).toEqual({ ok: false, code: 'INTERNAL', message: '网络不给力，请检查网络后重试' });
    expect(global.fetch).toHaveBeenCalledTimes(2);
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
});

describe('messageFor', () => {
  it('shows the server’s message, or a default for the code', () => {
    expect(messageFor({ ok: false, code: 'NOT_FOUND', message: '政策不存在或已删除' })).toBe('政策不存在或已删除');
    expect(messageFor({ ok: false, code: 'PERMISSION_DENIED', message: '' })).toBe('没有权限执行此操作');
  });
});
