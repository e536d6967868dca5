// The only caller of cloud functions. On WeChat: Taro.cloud.callFunction. In the browser (H5):
// POST /api/<function> to the local gateway or the cloud's HTTP access service.
// It is also the one place where a failure becomes the message a person reads.
import Taro from '@tarojs/taro';
import type { InputOf, OutputOf } from '#types/api/action';
import type { Api, FunctionName } from '#types/api';
import { type ErrorCode, type Failure, type Result, isErrorCode } from '#types/result';

const TIMEOUT_MS = 15_000;

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

async function viaWeChat(name: string, data: object): Promise<unknown> {
  const res = await Taro.cloud.callFunction({ name, data });
  return res.result;
}

async function viaHttp(name: string, data: object): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(`${process.env.TARO_APP_API_BASE ?? ''}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
      credentials: 'include',
      signal: controller.signal,
    });
    return await res.json();
  } finally {
    clearTimeout(timer);
  }
}

export interface CallOptions {
  /** Try once more after a network failure. Only for reads and idempotent writes. */
  retry?: boolean;
}

export async function call<F extends FunctionName, A extends keyof Api[F] & string>(
  name: F,
  action: A,
  payload: InputOf<Api[F][A]>,
  options: CallOptions = {},
): Promise<Result<OutputOf<Api[F][A]>>> {
  const send = process.env.TARO_ENV === 'weapp' ? viaWeChat : viaHttp;
  const attempts = options.retry ? 2 : 1;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return asResult(await send(name, { action, payload }));
    } catch {
      if (attempt >= attempts) return NETWORK_FAILURE;
    }
  }
}
