// On a weak network the home feed shows what was saved on the device at once, marked with when it was
// saved, while the call runs; the network's answer replaces it, and a failure keeps it.
import { act, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { FeedItem } from '#types/models/feed';
import { FeedList, useFeed } from '@/features/feed';
import { ATTEMPT_TIMEOUT_MS, RETRY_PAUSE_MS, RETRY_TIMEOUT_MS } from '@/lib/call-policy';
import { SLOW_LOADING, SLOW_NOTICE_MS } from '@/lib/cloud';

const realFetch = global.fetch;
const NOW = new Date('2026-06-10T02:00:00Z');
const SAVED_AT = Date.parse('2026-06-01T01:00:00Z');
const item = (n: number): FeedItem => ({ id: `f${n}`, kind: 'notice', refId: `n${n}`, title: `通知${n}`, summary: `摘要${n}`, publishedAt: '2026-05-30T02:00:00.000Z' });

function Home() {
  return <FeedList feed={useFeed()} />;
}

/** A fetch that waits until aborted or answered by hand. */
function heldFetch(): { fetch: jest.Mock; answer(body: unknown): void } {
  const waiting: Array<(body: unknown) => void> = [];
  const fetch = jest.fn((_url: string, init: RequestInit) => new Promise((resolve, reject) => {
    waiting.push((body) => resolve({ json: async () => body } as Response));
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  }));
  return { fetch, answer: (body) => waiting.shift()?.(body) };
}

beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
  window.localStorage.clear();
  window.localStorage.setItem('feed-first-page', JSON.stringify({ items: [item(1)], savedAt: SAVED_AT }));
  Object.assign(Taro, { showToast: jest.fn(), hideToast: jest.fn(), showLoading: jest.fn(), hideLoading: jest.fn() });
});
afterEach(() => {
  global.fetch = realFetch;
  jest.useRealTimers();
});

describe('the home feed on a weak network', () => {
  it('shows the saved feed at once, marked with when it was saved, and the network’s answer when it comes', async () => {
    const held = heldFetch();
    global.fetch = held.fetch;
    render(<Home />);
    expect(screen.getByText('通知1')).toBeInTheDocument();
    expect(screen.getByText('正在更新，下面是上次保存于2026年6月1日的内容。')).toBeInTheDocument();
    await act(() => jest.advanceTimersByTimeAsync(SLOW_NOTICE_MS));
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: SLOW_LOADING }));
    await act(async () => {
      held.answer({ ok: true, data: { items: [item(2)], nextCursor: null } });
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByText('通知2')).toBeInTheDocument();
    expect(screen.queryByText('通知1')).not.toBeInTheDocument();
    expect(screen.queryByText(/保存/)).not.toBeInTheDocument();
    expect(Taro.hideToast).toHaveBeenCalled();
    expect(JSON.parse(window.localStorage.getItem('feed-first-page') ?? '')).toEqual({ items: [item(2)], savedAt: NOW.getTime() + SLOW_NOTICE_MS });
  });

  it('keeps the saved feed, now saying the network failed, when no try answers', async () => {
    global.fetch = heldFetch().fetch;
    render(<Home />);
    await act(() => jest.advanceTimersByTimeAsync(ATTEMPT_TIMEOUT_MS + RETRY_PAUSE_MS.max + RETRY_TIMEOUT_MS));
    expect(screen.getByText('通知1')).toBeInTheDocument();
    expect(screen.getByText('网络不给力，下面是2026年6月1日保存的内容。')).toBeInTheDocument();
    expect(screen.getByText('重新加载')).toBeInTheDocument();
  });
});
