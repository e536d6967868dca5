// One line per unexpected error, for the function's log in the console: the request id the platform
// gave this call (search the log by it), what failed and where, with phone, ID and plate numbers and
// names masked out of the message (database errors can echo the values they refused). An instance
// serves one call at a time, so the entry point notes the call's request id for every log line.
import { maskPersonal } from './cases/mask-personal';

export interface CallContext {
  request_id?: string;
}

let requestId = 'unknown';

/** Called by each function's entry point with the platform's context. */
export function beginCall(context: CallContext | undefined): void {
  requestId = context?.request_id ?? 'unknown';
}

export function logError(tag: string, error: unknown, level: 'error' | 'warn' = 'error'): void {
  const message = maskPersonal(error instanceof Error ? `${error.name}: ${error.message}` : String(error), true);
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 8) : [];
  console[level]([`[${tag}] request ${requestId}: ${message}`, ...frames].join('\n'));
}
