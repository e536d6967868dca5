// H5 only: a page's code is fetched when the page is first opened (webpack's lazy chunks). When that
// fetch fails (offline, a weak network), Taro's router rejects silently and the tap does nothing; here
// the person is told and offered 重试, which opens the page again. Browser globals are reached only
// behind `typeof window` so the weapp bundle never touches them.
import Taro from '@tarojs/taro';

export const CHUNK_FAILED_TITLE = '网络不给力，页面没有打开';

/** webpack's ChunkLoadError for scripts, and mini-css-extract's failure for a page's styles. */
export function isChunkLoadError(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null) return false;
  const { name, message, code } = reason as { name?: unknown; message?: unknown; code?: unknown };
  return name === 'ChunkLoadError' || code === 'CSS_CHUNK_LOAD_FAILED' || (typeof message === 'string' && /^Loading (CSS )?chunk \S+ failed/.test(message));
}

let asking = false;

async function offerRetry(route: string): Promise<void> {
  if (asking) return;
  asking = true;
  try {
    const { confirm } = await Taro.showModal({ title: CHUNK_FAILED_TITLE, content: '请检查网络后点“重试”', confirmText: '重试', cancelText: '取消' });
    if (confirm) await Taro.redirectTo({ url: route });
  } catch {
    // The retry failed before the page's code was asked for again; the next failure asks again.
  } finally {
    asking = false;
  }
}

/** Listens for failed page chunks for the life of the app (call once, on H5). */
export function offerRetryOnChunkFailure(): void {
  if (typeof window !== 'undefined') {
    const currentRoute = (): string => window.location.hash.replace(/^#/, '') || '/pages/index/index';
    window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
      if (!isChunkLoadError(event.reason)) return;
      event.preventDefault();
      void offerRetry(currentRoute());
    });
  }
}
