// Unique indexes as the real database enforces them: the key is the tuple of the index's fields, a
// missing field counts as null (so two documents both lacking the field clash, unless it is declared
// otherwise), and a batch is checked against the stored documents and against itself.
import type { Doc } from '../store/ejson';
import type { Write } from '../store/document-store';
import type { IndexSpec } from './index-coverage';

function valueAt(doc: Doc, path: string): unknown {
  let value: unknown = doc;
  for (const part of path.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value === undefined ? null : value;
}

function keyOf(index: IndexSpec, doc: Doc): string {
  return JSON.stringify(index.keys.map(([field]) => {
    const value = valueAt(doc, field);
    return value instanceof Date ? { $date: value.getTime() } : value;
  }));
}

/** The name of the first unique index the writes would break, or null. */
export function uniqueClash(indexes: readonly IndexSpec[], stored: Iterable<Doc>, writes: readonly Write[]): string | null {
  const touched = new Set(writes.map((w) => w.id));
  const puts = writes.filter((w): w is Extract<Write, { kind: 'put' }> => w.kind === 'put');
  if (puts.length === 0) return null;
  const kept = [...stored].filter((doc) => !touched.has(String(doc._id)));
  for (const index of indexes) {
    const seen = new Set(kept.map((doc) => keyOf(index, doc)));
    for (const put of puts) {
      const key = keyOf(index, put.doc);
      if (seen.has(key)) return index.name;
      seen.add(key);
    }
  }
  return null;
}
