// Sorting as the database orders values (MongoDB's BSON order), written out because a general
// aggregation sort is far too slow for a 10,000-document page query.

// BSON comparison order of types: null < numbers < strings < objects < arrays < booleans < dates < regex.
function typeRank(value: unknown): number {
  if (value === null || value === undefined) return 1;
  if (typeof value === 'number' || typeof value === 'bigint') return 2;
  if (typeof value === 'string') return 3;
  if (typeof value === 'boolean') return 8;
  // By tag, not instanceof: a document an update operator rewrote may hold dates made in another realm
  // (the test runner's sandbox), which instanceof does not recognise.
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') return 9;
  if (tag === '[object RegExp]') return 11;
  if (Array.isArray(value)) return 5;
  return 4;
}

export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 1:
      return 0;
    case 2:
      return Number(a) - Number(b);
    case 3:
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
    case 8:
      return Number(a) - Number(b);
    case 9:
      return (a as Date).getTime() - (b as Date).getTime();
    default: {
      const sa = JSON.stringify(a);
      const sb = JSON.stringify(b);
      return sa < sb ? -1 : sa > sb ? 1 : 0;
    }
  }
}

function valueAt(doc: Record<string, unknown>, path: string[]): unknown {
  let current: unknown = doc;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export type SortSpec = Record<string, 1 | -1>;

export function comparator(order: SortSpec): (a: Record<string, unknown>, b: Record<string, unknown>) => number {
  const keys = Object.entries(order).map(([path, direction]) => [path.split('.'), direction] as const);
  return (a, b) => {
    for (const [path, direction] of keys) {
      const c = compareValues(valueAt(a, path), valueAt(b, path));
      if (c !== 0) return direction === -1 ? -c : c;
    }
    return 0;
  };
}

/** The first `count` documents in sort order, without sorting everything when count is small. */
export function firstSorted<T extends Record<string, unknown>>(docs: T[], order: SortSpec, count: number): T[] {
  const compare = comparator(order);
  if (count * 8 >= docs.length) return [...docs].sort(compare).slice(0, count);
  const top: T[] = [];
  for (const doc of docs) {
    if (top.length === count && compare(doc, top[count - 1] as T) >= 0) continue;
    // Binary search for the first element that sorts after doc; equal elements keep their order.
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(doc, top[mid] as T) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, doc);
    if (top.length > count) top.pop();
  }
  return top;
}
