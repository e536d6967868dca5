import type { Me } from '#types/api/public';
import type { Result } from '#types/result';
import { call } from '@/lib/cloud';

export function fetchMe(): Promise<Result<Me>> {
  return call('public', 'getMe', {}, { retry: true });
}

/** The mini-program's code, for visitors of the web version (base64 PNG). */
export function fetchVisitorCode(): Promise<Result<{ png: string }>> {
  return call('public', 'getVisitorCode', {}, { retry: true });
}
