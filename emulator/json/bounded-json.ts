// JSON from outside the local cloud, parsed only once a cheap scan shows it is not nested deeper than
// a document may be: a value nested 200,000 levels deep parses, but then overflows the stack of
// whatever walks it next (a structured clone to a worker, EJSON, a query).

/** MongoDB's own limit on how deeply a document may nest. */
export const MAX_JSON_DEPTH = 100;

export class JsonInputError extends Error {}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Whether brackets outside strings nest deeper than `maxDepth`; stops at the first level too deep. */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      depth -= 1;
    }
  }
  return false;
}

/** JSON.parse, refusing text nested deeper than `maxDepth` before parsing it. */
export function parseBoundedJson(text: string, maxDepth: number = MAX_JSON_DEPTH): unknown {
  if (nestsDeeperThan(text, maxDepth)) throw new JsonInputError(`JSON nested deeper than ${maxDepth} levels`);
  try {
    return JSON.parse(text);
  } catch {
    throw new JsonInputError('not valid JSON');
  }
}

/** A JSON object (not an array, null or a scalar), bounded as parseBoundedJson is. */
export function parseJsonObject(text: string, maxDepth: number = MAX_JSON_DEPTH): Record<string, unknown> {
  const value = parseBoundedJson(text, maxDepth);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new JsonInputError('not a JSON object');
  return value as Record<string, unknown>;
}
