// The one place functions get wx-server-sdk from. The same bundle runs in WeChat Cloud and on the
// emulator: only the environment (TCB_CONTEXT_CNFG, set by the emulator alone) differs.
import * as cloud from 'wx-server-sdk';
import { withBackoff } from './backoff';

// The SDK's typings say env is a string, but DYNAMIC_CURRENT_ENV (a symbol) is what it documents.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export { cloud };
export const db = cloud.database();
export const _ = db.command;

/** The SDK types get() as a union with void; at run time it resolves to `{ data }` or throws. */
export async function docsOf<T>(query: { get(): unknown }): Promise<T[]> {
  const result = (await query.get()) as { data: T[] };
  return result.data;
}

/** How many documents a query matches (the SDK types count() as a union with void). */
export async function countOf(query: { count(): unknown }): Promise<number> {
  return ((await query.count()) as { total: number }).total;
}

/** The part of a transaction our code uses (the SDK leaves runTransaction untyped). */
export interface TxDocument {
  get(): Promise<{ data: unknown }>;
  set(options: { data: object }): Promise<unknown>;
  update(options: { data: object }): Promise<unknown>;
  remove(): Promise<unknown>;
}
export interface Tx {
  collection(name: string): { doc(id: string): TxDocument; add(options: { data: object }): Promise<unknown> };
}

/**
 * Another transaction moved what this one read or wrote, or committed the same new _id first (the
 * service answers a duplicate _id with -502001 and an E11000 message): running `work` again reads the
 * winner's state, so it returns what is stored or decides afresh.
 */
export function isTransactionConflict(error: unknown): boolean {
  const { code, message, errMsg } = (error ?? {}) as { code?: unknown; message?: unknown; errMsg?: unknown };
  if (code === 'DATABASE_TRANSACTION_CONFLICT') return true;
  return /TransactionConflict|WriteConflict|E11000 duplicate key/i.test(`${String(message ?? '')} ${String(errMsg ?? '')}`);
}

/**
 * Runs `work` in a transaction; on a conflict it runs again after a jittered pause, up to a bounded
 * number of attempts (the SDK's own retry tries 3 more times at once, which a hot item outlasts).
 * `work` may therefore run more than once: it must only read and write through `tx`.
 */
export function runTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const withTx = db as unknown as { runTransaction(fn: (tx: Tx) => Promise<T>, retries: number): Promise<T> };
  return withBackoff(() => withTx.runTransaction(work, 0), isTransactionConflict);
}

/** A document by id, or null: the SDK throws "document ... does not exist" for a missing one. */
export async function docOrNull<T>(ref: { get(): unknown }): Promise<T | null> {
  try {
    return (((await ref.get()) as { data: unknown }).data as T | null) ?? null;
  } catch (error) {
    if (error instanceof Error && /does not exist/.test(error.message)) return null;
    throw error;
  }
}
