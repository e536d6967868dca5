// What the platform says this function was deployed with, from the call's context.
import type { AppliedLimits } from '#types/api/health';
import { currentCall } from './call-context';

export function appliedLimits(): AppliedLimits {
  const { time_limit_in_ms: ms, memory_limit_in_mb: mb } = currentCall();
  return { timeoutS: typeof ms === 'number' ? Math.round(ms / 1000) : null, memoryMb: typeof mb === 'number' ? mb : null };
}
