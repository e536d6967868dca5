// The last copy of a page a person opened, kept on the device: when the network fails on the next visit
// (no answer, or 系统繁忙), the page shows that copy marked with when it was saved, instead of an error.
// A definite answer (withdrawn, not found) is never covered up by an old copy. At most SAVED_MAX pages
// are kept, the oldest dropped first; a page too large for phone storage is not kept.
import Taro from '@tarojs/taro';
import type { Result } from '#types/result';

// WeChat gives a mini-program 10 MB of storage (1 MB per key): 20 pages of at most 100,000 characters
// (≤ 300 KB each in UTF-8) stay well inside it, next to the feed and the checklists.
export const SAVED_MAX = 20;
const CHARS_MAX = 100_000;
const INDEX_KEY = 'saved-copies';
const keyOf = (name: string): string => `saved:${name}`;

interface Stored<T> {
  data: T;
  savedAt: number;
}

/** A result, and when it was saved when it is a copy kept on the device. */
export type MaybeSaved<T> = Result<T> & { savedAt?: number };

function read<T>(key: string): T | null {
  try {
    const raw: unknown = Taro.getStorageSync(key);
    return typeof raw === 'string' && raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/** Keeps `data` as the page's copy, or with null forgets the page's copy. */
function keep<T>(name: string, data: T | null): void {
  const json = data === null ? null : JSON.stringify({ data, savedAt: Date.now() } satisfies Stored<T>);
  try {
    const index = (read<string[]>(INDEX_KEY) ?? []).filter((n) => n !== name);
    // A copy too large to keep must not leave an older version behind to be shown as this one.
    if (json === null || json.length > CHARS_MAX) {
      Taro.removeStorageSync(keyOf(name));
    } else {
      index.push(name);
      Taro.setStorageSync(keyOf(name), json);
    }
    for (const dropped of index.splice(0, Math.max(0, index.length - SAVED_MAX))) Taro.removeStorageSync(keyOf(dropped));
    Taro.setStorageSync(INDEX_KEY, JSON.stringify(index));
  } catch {
    // Storage full or refused: the page still shows; only the offline copy is missing.
  }
}

/** Forgets every kept page: they hold the reader's own marks (votes, follows, ratings), so a browser
 * switching to another person starts with none. */
export function forgetSavedCopies(): void {
  for (const name of read<string[]>(INDEX_KEY) ?? []) Taro.removeStorageSync(keyOf(name));
  Taro.removeStorageSync(INDEX_KEY);
}

/** Loads a page's data; keeps the answer, and falls back to the kept copy when no answer came. */
export async function withSavedCopy<T>(name: string, load: () => Promise<Result<T>>): Promise<MaybeSaved<T>> {
  const res = await load();
  if (res.ok) {
    keep(name, res.data);
    return res;
  }
  if (res.code !== 'INTERNAL') {
    // A definite answer (withdrawn, not found, not allowed) is remembered: no old copy shows later.
    keep(name, null);
    return res;
  }
  const saved = read<Stored<T>>(keyOf(name));
  return saved ? { ok: true, data: saved.data, savedAt: saved.savedAt } : res;
}
