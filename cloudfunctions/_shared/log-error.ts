// One line per unexpected error, for the function's log in the console: the request id the platform
// gave this call (search the log by it), what failed and where, with phone, ID and plate numbers and
// names masked out of the message (database errors can echo the values they refused).
import { currentCall } from './call-context';
import { maskPersonal } from './cases/mask-personal';

export function logError(tag: string, error: unknown, level: 'error' | 'warn' = 'error'): void {
  const message = maskPersonal(error instanceof Error ? `${error.name}: ${error.message}` : String(error), true);
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 8) : [];
  console[level]([`[${tag}] request ${currentCall().request_id ?? 'unknown'}: ${message}`, ...frames].join('\n'));
}
