// The platform's context for the call an instance is serving (one at a time): its request id, which
// every log line carries, and the time limit and memory the deployment actually gave this function,
// which the health answers report so the smoke test can compare them with function-limits.
export interface CallContext {
  request_id?: string;
  time_limit_in_ms?: number;
  memory_limit_in_mb?: number;
}

let current: CallContext = {};

/** Called by each function's entry point with the platform's context. */
export function beginCall(context: CallContext | undefined): void {
  current = context ?? {};
}

export const currentCall = (): CallContext => current;
