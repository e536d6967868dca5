// The contract every cloud function answers with, shared by client and functions.

/** The closed list of error codes an action may return. */
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNAUTHENTICATED',
  'PERMISSION_DENIED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'FAILED_PRECONDITION',
  'RESOURCE_EXHAUSTED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Ok<T> {
  ok: true;
  data: T;
}

export interface Failure {
  ok: false;
  code: ErrorCode;
  /** A message in Simplified Chinese, safe to show to the caller. */
  message: string;
}

export type Result<T> = Ok<T> | Failure;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
