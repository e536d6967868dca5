// How the client waits for and repeats a call (src/lib/cloud.ts applies it; bench/burst-bench.ts
// measures against it), kept free of Taro so both can read it.

import { FUNCTION_LIMITS } from '#types/api/function-limits';

type CalledFunction = 'public' | 'staff' | 'search';

/** On top of the function's own limit: the trip there and back on a slow rural network. */
const NETWORK_MARGIN_MS = 3_000;

/** How long one try may take before it counts as lost: never less than the function's own time limit
 * (types/api/function-limits.ts) plus the network, so a try is not given up while it may still succeed. */
export const attemptTimeoutMs = (name: CalledFunction): number => FUNCTION_LIMITS[name].timeoutS * 1000 + NETWORK_MARGIN_MS;
/** A retry is given longer: a first try that ran out usually met a busy function (a queued call waits
 * for the one before it), and a third try would only queue behind it. */
export const retryTimeoutMs = (name: CalledFunction): number => 2 * FUNCTION_LIMITS[name].timeoutS * 1000 + NETWORK_MARGIN_MS;
/** A retry waits 1–3 s, at random, so a crowd of phones does not come back in step. */
export const RETRY_PAUSE_MS = { min: 1_000, max: 3_000 };

/** What a citizen's reads and writes wait for (the `public` function). */
export const ATTEMPT_TIMEOUT_MS = attemptTimeoutMs('public');
export const RETRY_TIMEOUT_MS = retryTimeoutMs('public');
