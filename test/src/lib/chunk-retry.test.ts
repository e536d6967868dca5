// A page whose code cannot be fetched (webpack's ChunkLoadError, unhandled in Taro's router) is met
// with 网络不给力，页面没有打开 and 重试, which opens the same route again; other rejections are left alone.
import Taro from '@tarojs/taro';
import { CHUNK_FAILED_TITLE, isChunkLoadError, offerRetryOnChunkFailure } from '@/lib/chunk-retry';

const showModal = jest.fn();
const redirectTo = jest.fn(async () => undefined);

function chunkError(): Error {
  const error = new Error('Loading chunk 412 failed.\n(error: http://local/js/412.af69d08f.js)');
  error.name = 'ChunkLoadError';
  return error;
}

/** What the browser fires when a promise rejects with nobody to catch it (jsdom has no PromiseRejectionEvent). */
function reject(reason: unknown): Event {
  const event = new Event('unhandledrejection', { cancelable: true });
  Object.assign(event, { reason });
  window.dispatchEvent(event);
  return event;
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeAll(() => {
  Object.assign(Taro, { showModal, redirectTo });
  offerRetryOnChunkFailure();
});
beforeEach(() => {
  showModal.mockReset();
  redirectTo.mockClear();
  window.location.hash = '#/more/budgets/index?year=2026';
});

describe('a page chunk that fails to load', () => {
  it('says so and, on 重试, opens the same route again', async () => {
    showModal.mockResolvedValue({ confirm: true, cancel: false });
    const event = reject(chunkError());
    await settle();
    expect(event.defaultPrevented).toBe(true);
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: CHUNK_FAILED_TITLE, confirmText: '重试' }));
    expect(redirectTo).toHaveBeenCalledWith({ url: '/more/budgets/index?year=2026' });
  });

  it('stays put when the person cancels, and asks only once while the question is open', async () => {
    let answer: (value: { confirm: boolean }) => void = () => undefined;
    showModal.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    reject(chunkError());
    reject(chunkError());
    expect(showModal).toHaveBeenCalledTimes(1);
    answer({ confirm: false });
    await settle();
    expect(redirectTo).not.toHaveBeenCalled();
    showModal.mockResolvedValue({ confirm: false });
    reject(chunkError());
    expect(showModal).toHaveBeenCalledTimes(2);
  });

  it('leaves other unhandled rejections alone', async () => {
    const event = reject(new TypeError('x is undefined'));
    await settle();
    expect(event.defaultPrevented).toBe(false);
    expect(showModal).not.toHaveBeenCalled();
  });
});

describe('isChunkLoadError', () => {
  it('knows webpack’s script and style chunk failures', () => {
    expect(isChunkLoadError(chunkError())).toBe(true);
    expect(isChunkLoadError(Object.assign(new Error('Loading CSS chunk 412 failed.\n(/css/412.css)'), { code: 'CSS_CHUNK_LOAD_FAILED' }))).toBe(true);
    expect(isChunkLoadError(new Error('Loading chunk 7 failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('页面不存在'))).toBe(false);
    expect(isChunkLoadError('Loading chunk 7 failed.')).toBe(false);
    expect(isChunkLoadError(null)).toBe(false);
  });
});
