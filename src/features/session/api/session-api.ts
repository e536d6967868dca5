import type { Me } from '#types/api/public';
import type { Result } from '#types/result';
import { call } from '@/lib/cloud';

export function fetchMe(): Promise<Result<Me>> {
  return call('public', 'getMe', {}, { retry: true });
}
