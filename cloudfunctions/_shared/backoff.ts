// Trying again after a failure that a moment's wait can cure (a transaction conflict): a random pause
// up to a doubling ceiling ("full jitter"), so callers that collided do not collide again in step, and a
// bounded number of attempts, so a call still answers within the function's time limit.

export interface BackoffPolicy {
  attempts: number;
  /** The first pause is up to this long; each later one's ceiling doubles … */
  baseMs: number;
  /** … up to this. */
  capMs: number;
}

/** Within a 3-second function: at most about 1.3 s of pauses in all. */
export const TRANSACTION_BACKOFF: BackoffPolicy = { attempts: 10, baseMs: 8, capMs: 250 };

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The pause before attempt `attempt + 1` (attempts count from 1), for a random number in [0, 1). */
export function backoffDelay(policy: BackoffPolicy, attempt: number, random: number): number {
  return Math.floor(random * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1)));
}

export async function withBackoff<T>(
  work: () => Promise<T>,
  retryable: (error: unknown) => boolean,
  policy: BackoffPolicy = TRANSACTION_BACKOFF,
  wait: (ms: number) => Promise<void> = pause,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= policy.attempts || !retryable(error)) throw error;
      await wait(backoffDelay(policy, attempt, Math.random()));
    }
  }
}
