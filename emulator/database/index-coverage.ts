// Whether a declared index serves a query, by the rule the real (MongoDB-based) database follows:
// an index helps a filter when its first key is a filtered field, and it delivers a sort when the sort
// keys follow, in order, a run of the index's leading equality fields (equality, sort, range). A query
// by `_id` uses the primary key. A read with neither filter nor sort is an explicit whole-collection
// read and is not checked (a filter that bounds no field, such as `$nor` alone, is not such a read).
// Queries whose `$or` branches each need an index are checked branch by branch.
import type { Doc } from '../store/ejson';

export type IndexDirection = 1 | -1;

export interface IndexSpec {
  name: string;
  keys: [field: string, direction: IndexDirection][];
  unique?: boolean;
}

/** The fields a filter constrains: by equality (or `$in`) and by anything else (ranges, `$ne`, regex…). */
export interface FilterShape {
  equal: Set<string>;
  range: Set<string>;
}

export type SortSpec = [field: string, direction: IndexDirection][];

const PRIMARY: IndexSpec = { name: '_id_', keys: [['_id', 1]], unique: true };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function merge(a: FilterShape, b: FilterShape): FilterShape {
  return { equal: new Set([...a.equal, ...b.equal]), range: new Set([...a.range, ...b.range]) };
}

function cross(left: FilterShape[], right: FilterShape[]): FilterShape[] {
  return left.flatMap((l) => right.map((r) => merge(l, r)));
}

function field(name: string, kind: 'equal' | 'range'): FilterShape[] {
  return [{ equal: new Set(kind === 'equal' ? [name] : []), range: new Set(kind === 'range' ? [name] : []) }];
}

/** One shape per `$or` branch (a filter without `$or` has one shape). */
export function filterShapes(query: Doc | undefined, prefix = ''): FilterShape[] {
  let shapes: FilterShape[] = [{ equal: new Set(), range: new Set() }];
  for (const [key, value] of Object.entries(query ?? {})) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) shapes = cross(shapes, filterShapes(part as Doc, prefix));
    } else if (key === '$or' && Array.isArray(value)) {
      shapes = cross(shapes, value.flatMap((part) => filterShapes(part as Doc, prefix)));
    } else if (key.startsWith('$')) {
      continue; // $nor, $expr, $where: no bound an index could use
    } else if (isPlainObject(value)) {
      const operators = Object.keys(value).filter((k) => k.startsWith('$'));
      if (operators.length === 0) shapes = cross(shapes, filterShapes(value as Doc, `${prefix}${key}.`));
      else shapes = cross(shapes, field(`${prefix}${key}`, operators.every((op) => op === '$eq' || op === '$in') ? 'equal' : 'range'));
    } else {
      shapes = cross(shapes, field(`${prefix}${key}`, value instanceof RegExp ? 'range' : 'equal'));
    }
  }
  return shapes;
}

function sameDirection(index: IndexSpec, start: number, sort: SortSpec): boolean {
  if (start + sort.length > index.keys.length) return false;
  const flips = sort.map(([name, dir], i) => {
    const [key, keyDir] = index.keys[start + i] ?? ['', 1];
    return key === name ? dir === keyDir : null;
  });
  return flips.every((f) => f === true) || flips.every((f) => f === false);
}

function serves(index: IndexSpec, shape: FilterShape, sort: SortSpec): boolean {
  const filtered = (name: string): boolean => shape.equal.has(name) || shape.range.has(name);
  const hasFilter = shape.equal.size + shape.range.size > 0;
  const names = index.keys.map(([name]) => name);
  if (sort.length === 0) return names.length > 0 && filtered(names[0] ?? '');
  let lead = 0;
  while (lead < names.length && shape.equal.has(names[lead] ?? '')) lead += 1;
  for (let start = 0; start <= lead; start += 1) {
    if (!sameDirection(index, start, sort)) continue;
    if (!hasFilter || start > 0 || names.slice(0, start + sort.length + 1).some(filtered)) return true;
  }
  return false;
}

/** Why no index serves the query, or null when one does (or it needs none). */
export function unindexedReason(indexes: readonly IndexSpec[], query: Doc | undefined, sort: SortSpec = []): string | null {
  const all = [PRIMARY, ...indexes];
  const wholeRead = !query || Object.keys(query).length === 0;
  const shapes = filterShapes(query);
  // An empty $or matches nothing in MongoDB's eyes: it is refused there, so it is here.
  if (shapes.length === 0) return 'an empty $or';
  for (const shape of shapes) {
    if (shape.equal.has('_id')) continue;
    // Only a read with no filter at all is a deliberate whole-collection read; a filter no index can
    // bound ($nor, $expr, an empty condition) is a scan and must be refused like any other.
    if (shape.equal.size + shape.range.size === 0 && sort.length === 0 && wholeRead) continue;
    if (all.some((index) => serves(index, shape, sort))) continue;
    const parts = [
      shape.equal.size ? `equal ${[...shape.equal].sort().join(',')}` : '',
      shape.range.size ? `range ${[...shape.range].sort().join(',')}` : '',
      sort.length ? `sort ${sort.map(([f, d]) => `${f}:${d}`).join(',')}` : '',
    ].filter(Boolean);
    return parts.join('; ') || 'a filter that bounds no field';
  }
  return null;
}

/** The sort of a find (`order`) or of an aggregation's `$sort` stage, as ordered pairs. */
export function sortSpec(order: Record<string, unknown> | undefined): SortSpec {
  return Object.entries(order ?? {}).map(([name, dir]) => [name, dir === -1 || dir === 'desc' ? -1 : 1]);
}
