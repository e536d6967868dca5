// How the client waits for and repeats a call (src/lib/cloud.ts applies it; bench/burst-bench.ts
// measures against it), kept free of Taro so both can read it.

/** How long one try may take before it counts as lost: a cold start on WeChat Cloud (1–3 s), the
 * function's own limit (3 s by default) and a slow rural network, with room to spare. */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** A retry waits 1–3 s (at random, so a crowd of phones does not come back in step) and is given longer:
 * a first try that ran out usually met a busy function, and a third try would only queue behind it. */
export const RETRY_PAUSE_MS = { min: 1_000, max: 3_000 };
export const RETRY_TIMEOUT_MS = 20_000;
