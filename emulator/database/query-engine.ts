// Query, sort, page and project a collection with mingo, as the database service would.
import { Aggregator, Query } from 'mingo';
import type { Doc } from '../store/ejson';
import { firstSorted } from './sort-documents';

export interface FindOptions {
  query?: Doc;
  order?: Record<string, 1 | -1>;
  offset?: number;
  limit?: number;
  projection?: Record<string, unknown>;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export function matcher(query: Doc | undefined): (doc: Doc) => boolean {
  if (!query || Object.keys(query).length === 0) return () => true;
  const compiled = new Query(query);
  return (doc) => compiled.test(doc);
}

export function find(docs: Iterable<Doc>, options: FindOptions): Doc[] {
  const test = matcher(options.query);
  let hits: Doc[] = [];
  for (const doc of docs) if (test(doc)) hits.push(doc);
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.min(Math.max(1, options.limit ?? DEFAULT_LIMIT), MAX_LIMIT);
  if (options.order && Object.keys(options.order).length > 0) hits = firstSorted(hits, options.order, offset + limit);
  hits = hits.slice(offset, offset + limit);
  return options.projection && Object.keys(options.projection).length > 0
    ? project(hits, options.projection)
    : hits;
}

function project(docs: Doc[], projection: Record<string, unknown>): Doc[] {
  return new Aggregator([{ $project: projection }]).run(docs) as Doc[];
}

export function aggregate(docs: Doc[], pipeline: Doc[], lookup: (name: string) => Doc[]): Doc[] {
  return new Aggregator(pipeline, { collectionResolver: lookup }).run(docs) as Doc[];
}
