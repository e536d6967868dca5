// Documents travel as canonical MongoDB Extended JSON (what wx-server-sdk sends and parses).
// In memory they are plain JS values (numbers, Date, RegExp), which is what mingo matches on.
import { BSONRegExp, EJSON } from 'bson';
import { invalidParam } from '../database/db-error';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../json/bounded-json';

export type Doc = Record<string, unknown>;

/** Parse an EJSON string from the SDK into plain JS values, resolving `$tcb_server_date`. */
export function parseEjson(text: string, now: number = Date.now()): unknown {
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) throw invalidParam(`EJSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  let value: unknown;
  try {
    value = EJSON.parse(text, { relaxed: true });
  } catch (error) {
    throw invalidParam(`not valid EJSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return toPlain(value, now);
}

/** Serialise a document the way the SDK expects to read it back (canonical, so dates stay dates). */
export function stringifyEjson(value: unknown): string {
  return EJSON.stringify(value, { relaxed: false });
}

function toPlain(value: unknown, now: number): unknown {
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, jsFlags(value.options));
  if (Array.isArray(value)) return value.map((item) => toPlain(item, now));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const record = value as Record<string, unknown>;
  const serverDate = record.$tcb_server_date as { offset?: number } | undefined;
  if (serverDate && Object.keys(record).length === 1) return new Date(now + Number(serverDate.offset ?? 0));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) out[key] = toPlain(item, now);
  return out;
}

// BSON regex options include Mongo-only flags (x, l); JavaScript accepts i, m, s, u.
function jsFlags(options: string): string {
  return [...options].filter((flag) => 'imsu'.includes(flag)).join('');
}
