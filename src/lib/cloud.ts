// The only caller of cloud functions. On WeChat: Taro.cloud.callFunction. In the browser (H5):
// POST /api/<function> to the local gateway or the cloud's HTTP access service.
// It is also the one place where a failure becomes the message a person reads.
import Taro from '@tarojs/taro';
import type { InputOf, OutputOf } from '#types/api/action';
import type { Api, FunctionName } from '#types/api';
import { type ErrorCode, type Failure, type Result, isErrorCode } from '#types/result';
import { RETRY_PAUSE_MS, attemptTimeoutMs, retryTimeoutMs } from './call-policy';
import { apiBase, apiCredentials } from './api-base';

/** What a person reads while a retry-safe write is sent again: still sending, not failed. */
export const STILL_SENDING = '正在提交，请稍候…';
/** After this long without an answer the page says the network is slow (the call goes on). */
export const SLOW_NOTICE_MS = 3_000;
export const SLOW_LOADING = '网络较慢，正在加载…';
export const SLOW_SENDING = '网络较慢，正在提交…';

const FALLBACK_MESSAGES: Record<ErrorCode, string> = {
  INVALID_ARGUMENT: '填写的内容有误，请检查后再试',
  UNAUTHENTICATED: '请在微信中打开后再操作',
  PERMISSION_DENIED: '没有权限执行此操作',
  NOT_FOUND: '内容不存在或已删除',
  ALREADY_EXISTS: '内容已存在',
  FAILED_PRECONDITION: '当前状态下不能执行此操作',
  RESOURCE_EXHAUSTED: '操作太频繁，请稍后再试',
  INTERNAL: '系统繁忙，请稍后再试',
};

export const NETWORK_FAILURE: Failure = { ok: false, code: 'INTERNAL', message: '网络不给力，请检查网络后重试' };
/** A write carrying a request id that still got no answer: tapping again is safe and says so. */
export const NOT_SENT_YET: Failure = { ok: false, code: 'INTERNAL', message: '网络不给力，还没有提交成功。请稍后再点一次，不会重复提交' };

/** What to show a person for a failure: the server's Chinese message, or a plain default. */
export function messageFor(failure: Failure): string {
  return failure.message || FALLBACK_MESSAGES[failure.code];
}

function asResult<T>(value: unknown): Result<T> {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const result = value as Result<T>;
    if (result.ok || isErrorCode(result.code)) return result;
  }
  return { ok: false, code: 'INTERNAL', message: FALLBACK_MESSAGES.INTERNAL };
}

class Timeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
  });
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer));
}

async function viaWeChat(name: string, data: object, timeoutMs: number): Promise<unknown> {
  // A late answer to a try given up on is dropped: only retry-safe calls are tried again.
  const res = await withTimeout(Taro.cloud.callFunction({ name, data }), timeoutMs);
  return res.result;
}

async function viaHttp(name: string, data: object, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(`${apiBase()}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
      credentials: apiCredentials(),
      signal: controller.signal,
    });
    return await res.json();
  } finally {
    clearTimeout(timer);
  }
}

export interface CallOptions {
  /** Try once more, after a pause, when a try is lost, times out or answers 系统繁忙. Only for reads and
   * idempotent writes: a write is idempotent when its payload carries a request id (newRequestId) that
   * stays the same until it succeeds, so the server answers a repeat with what it stored the first time. */
  retry?: boolean;
  /** The answer to this very call, already on its way (H5: the home feed's first page, sent by
   * index.html before the app's code arrived): taken as the first try instead of sending again. */
  sent?: Promise<unknown>;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const carriesRequestId = (payload: unknown): boolean => typeof payload === 'object' && payload !== null && 'requestId' in payload;

/** While a write is being sent again, the person sees that it is still on its way (and cannot tap twice). */
function showStillSending(): () => void {
  void Taro.showLoading?.({ title: STILL_SENDING, mask: true });
  return () => void Taro.hideLoading?.();
}

let slowCalls = 0;

/** From SLOW_NOTICE_MS on, a small line (not blocking the page) says the network is slow, until the
 * last slow call has its answer. The returned function ends the watch. */
function watchSlow(write: boolean, longest: number): () => void {
  let slow = false;
  const timer = setTimeout(() => {
    slow = true;
    slowCalls += 1;
    if (slowCalls === 1) void Taro.showToast?.({ title: write ? SLOW_SENDING : SLOW_LOADING, icon: 'none', duration: longest });
  }, SLOW_NOTICE_MS);
  return () => {
    clearTimeout(timer);
    if (!slow) return;
    slowCalls -= 1;
    if (slowCalls === 0) void Taro.hideToast?.();
  };
}

export async function call<F extends FunctionName, A extends keyof Api[F] & string>(
  name: F,
  action: A,
  payload: InputOf<Api[F][A]>,
  options: CallOptions = {},
): Promise<Result<OutputOf<Api[F][A]>>> {
  const send = process.env.TARO_ENV === 'weapp' ? viaWeChat : viaHttp;
  const write = carriesRequestId(payload);
  /** An answer, or null when the try was lost or timed out. */
  const attempt = async (timeoutMs: number, sent?: Promise<unknown>): Promise<Result<OutputOf<Api[F][A]>> | null> => {
    try {
      return asResult(await (sent ? withTimeout(sent, timeoutMs) : send(name, { action, payload }, timeoutMs)));
    } catch {
      return null;
    }
  };
  const unsure = (r: Result<unknown> | null): boolean => r === null || (!r.ok && r.code === 'INTERNAL');
  const stopWatching = watchSlow(write, attemptTimeoutMs(name) + RETRY_PAUSE_MS.max + retryTimeoutMs(name));
  try {
    let result = await attempt(attemptTimeoutMs(name), options.sent);
    if (options.retry && unsure(result)) {
      const done = write ? showStillSending() : () => undefined;
      try {
        await pause(RETRY_PAUSE_MS.min + Math.random() * (RETRY_PAUSE_MS.max - RETRY_PAUSE_MS.min));
        result = (await attempt(retryTimeoutMs(name))) ?? result;
      } finally {
        done();
      }
    }
    if (write && unsure(result)) return NOT_SENT_YET;
    return result ?? NETWORK_FAILURE;
  } finally {
    stopWatching();
  }
}
