// Retry-safe writes: the answer a (caller, request id) pair got, stored with the write it describes, so a
// duplicate — a retry while the first call is still queued, or minutes later — gets the same answer.

export const REQUEST_COLLECTION = 'request_answers';

export interface RequestDoc<A = unknown> {
  /** A hash of the action, the caller and their request id (see _shared/once-per-request.ts). */
  _id: string;
  action: string;
  /** A small reference (a case id, a level and tracking number), never a whole view. */
  answer: A;
  at: Date;
}
