// Answers the SDK's `database.*` actions against the document store.
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { update as applyModifier } from 'mingo';
import { type Doc, parseEjson, stringifyEjson } from '../store/ejson';
import type { DocumentStore, Write } from '../store/document-store';
import { DbError, collectionMissing, invalidParam } from './db-error';
import { type IndexSpec, type SortSpec, sortSpec, unindexedReason } from './index-coverage';
import { uniqueClash } from './unique-keys';
import { aggregate, find, matcher } from './query-engine';
import { type Transaction, TransactionManager } from './transactions';

type Params = Record<string, unknown>;

/** What one request reads and writes through: the store itself, or an open transaction. */
interface View {
  documents(collection: string): Iterable<Doc>;
  get(collection: string, id: string): Doc | undefined;
  write(writes: Write[]): void;
}

export class DatabaseService {
  private readonly transactions: TransactionManager;

  constructor(
    private readonly store: DocumentStore,
    /** The local cloud's clock, for db.serverDate(). */
    private readonly now: () => number = Date.now,
    /** Declared indexes per collection; when given, every filter and sort must be served by one. */
    private readonly indexes?: Readonly<Record<string, readonly IndexSpec[]>>,
  ) {
    this.transactions = new TransactionManager(store);
  }

  handle(action: string, params: Params): unknown {
    switch (action) {
      case 'database.addCollection':
        return this.addCollection(params);
      case 'database.getDocument':
        return { list: this.select(params).map(stringifyEjson) };
      case 'database.calculateDocument':
        return { total: this.count(params) };
      case 'database.insertDocument':
        return { insertedIds: this.insert(params) };
      case 'database.modifyDocument':
        return this.modify(params);
      case 'database.modifyAndReturnDoc':
        return this.modifyAndReturn(params);
      case 'database.removeDocument':
        return { deleted: this.remove(params) };
      case 'database.aggregateDocuments':
        return { list: this.aggregate(params).map(stringifyEjson) };
      case 'database.startTransaction':
        return { transactionId: this.transactions.start().id };
      case 'database.commitTransaction':
        // Checked again at commit: another transaction may have committed the same unique key meanwhile.
        this.transactions.commit(params.transactionId, (writes) => this.checkUnique(writes, (c) => this.storedDocuments(c)));
        return {};
      case 'database.abortTransaction':
        this.transactions.abort(params.transactionId);
        return {};
      default:
        throw invalidParam(`unsupported database action ${action}`);
    }
  }

  private addCollection(params: Params): unknown {
    const name = params.collectionName;
    if (typeof name !== 'string' || !/^[A-Za-z0-9_-]{1,32}$/.test(name)) throw invalidParam('invalid collection name');
    if (!this.store.createCollection(name)) {
      throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `Table exist: ${name}`);
    }
    return {};
  }

  private view(params: Params): View {
    if (params.transactionId) {
      const tx: Transaction = this.transactions.find(params.transactionId);
      return {
        documents: (c) => tx.documents(c),
        get: (c, id) => tx.get(c, id),
        write: (writes) => {
          this.checkUnique(writes, (c) => tx.documents(c));
          writes.forEach((w) => tx.write(w));
        },
      };
    }
    const documents = (c: string): Doc[] => this.storedDocuments(c);
    return {
      documents,
      get: (c, id) => this.store.get(c, id)?.doc,
      write: (writes) => {
        this.checkUnique(writes, documents);
        this.store.apply(writes);
      },
    };
  }

  private storedDocuments(collection: string): Doc[] {
    return [...(this.store.documents(collection)?.values() ?? [])].map((stored) => stored.doc);
  }

  /** Refuses writes that would give two documents the same key of a unique index, as the real database does. */
  private checkUnique(writes: Write[], documents: (collection: string) => Iterable<Doc>): void {
    for (const collection of new Set(writes.map((w) => w.collection))) {
      const unique = (this.indexes?.[collection] ?? []).filter((index) => index.unique);
      if (unique.length === 0) continue;
      const clash = uniqueClash(unique, documents(collection), writes.filter((w) => w.collection === collection));
      if (clash) throw new DbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${collection} index: ${clash}`);
    }
  }

  /** Refuses a filter or sort that no declared index serves, so an unindexed query cannot ship. */
  private checkIndexed(collection: string, query: Doc | undefined, sort: SortSpec = []): void {
    if (!this.indexes) return;
    const reason = unindexedReason(this.indexes[collection] ?? [], query, sort);
    if (!reason) return;
    const message = `no declared index serves this query on ${collection} (${reason}): declare one in types/models/indexes.ts`;
    const report = process.env.EMULATOR_INDEX_REPORT;
    if (report) appendFileSync(report, `${JSON.stringify({ collection, reason })}\n`);
    else throw new DbError('DATABASE_INDEX_MISSING', message);
  }

  private collection(params: Params): string {
    const name = params.collectionName;
    if (typeof name !== 'string') throw invalidParam('collectionName is required');
    if (!this.store.hasCollection(name)) throw collectionMissing(name);
    return name;
  }

  private parsed(params: Params, field: string): Doc | undefined {
    const raw = params[field];
    if (raw === undefined || raw === null || raw === '') return undefined;
    if (typeof raw !== 'string') throw invalidParam(`${field} must be an EJSON string`);
    return parseEjson(raw, this.now()) as Doc;
  }

  /** Documents a query names: by id through the primary key, else by scanning. */
  private matching(params: Params, view: View, collection: string, sort?: SortSpec): Doc[] {
    const query = this.parsed(params, 'query');
    this.checkIndexed(collection, query, sort);
    const id = query?._id;
    if (typeof id === 'string') {
      const doc = view.get(collection, id);
      return doc && matcher(query)(doc) ? [doc] : [];
    }
    const ids = idList(id);
    if (ids) {
      // `_id: _.in([...])` is served by the primary key, as in production, not by a scan.
      const test = matcher(query);
      return ids.map((one) => view.get(collection, one)).filter((doc): doc is Doc => doc !== undefined && test(doc));
    }
    const test = matcher(query);
    return [...view.documents(collection)].filter(test);
  }

  private select(params: Params): Doc[] {
    const collection = this.collection(params);
    const view = this.view(params);
    const order = this.parsed(params, 'order') as Record<string, 1 | -1> | undefined;
    return find(this.matching(params, view, collection, sortSpec(order)), {
      order,
      offset: typeof params.offset === 'number' ? params.offset : 0,
      limit: typeof params.limit === 'number' ? params.limit : undefined,
      projection: this.parsed(params, 'projection'),
    });
  }

  private count(params: Params): number {
    const collection = this.collection(params);
    return this.matching(params, this.view(params), collection).length;
  }

  private insert(params: Params): string[] {
    const collection = this.collection(params);
    const view = this.view(params);
    const rows = Array.isArray(params.data) ? params.data : [params.data];
    const writes: Write[] = rows.map((row) => {
      if (typeof row !== 'string') throw invalidParam('data must be EJSON strings');
      const doc = parseEjson(row, this.now()) as Doc;
      if (doc._id === undefined) doc._id = newId();
      if (typeof doc._id !== 'string' || doc._id === '') throw invalidParam('_id must be a non-empty string');
      return { kind: 'put', collection, id: doc._id, doc };
    });
    const ids = new Set<string>();
    for (const w of writes) {
      if (ids.has(w.id) || view.get(collection, w.id)) {
        throw new DbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${collection} _id: ${w.id}`);
      }
      ids.add(w.id);
    }
    view.write(writes);
    return writes.map((w) => w.id);
  }

  private modify(params: Params): { updated: number; upsert_id?: string } {
    const { writes, upsertId } = this.modifications(params);
    this.view(params).write(writes);
    return upsertId ? { updated: 0, upsert_id: upsertId } : { updated: writes.length };
  }

  private modifyAndReturn(params: Params): { updated: number; doc?: string } {
    const { writes } = this.modifications({ ...params, multi: false });
    this.view(params).write(writes);
    const first = writes[0];
    return { updated: writes.length, doc: first?.kind === 'put' ? stringifyEjson(first.doc) : undefined };
  }

  private modifications(params: Params): { writes: Write[]; upsertId?: string } {
    const collection = this.collection(params);
    const view = this.view(params);
    const data = this.parsed(params, 'data');
    if (!data) throw invalidParam('data is required');
    const replace = params.merge === false || !Object.keys(data).some((k) => k.startsWith('$'));
    let targets = this.matching(params, view, collection);
    if (params.multi !== true) targets = targets.slice(0, 1);
    if (targets.length === 0 && params.upsert === true) {
      const query = this.parsed(params, 'query');
      const id = typeof query?._id === 'string' ? query._id : newId();
      const doc = replace ? { ...stripId(data), _id: id } : modified({ _id: id }, data);
      return { writes: [{ kind: 'put', collection, id, doc }], upsertId: id };
    }
    const writes: Write[] = targets.map((target) => {
      const id = String(target._id);
      const doc = replace ? { ...stripId(data), _id: id } : modified(target, data);
      return { kind: 'put', collection, id, doc };
    });
    return { writes };
  }

  private remove(params: Params): number {
    const collection = this.collection(params);
    const view = this.view(params);
    let targets = this.matching(params, view, collection);
    if (params.multi === false) targets = targets.slice(0, 1);
    view.write(targets.map((doc) => ({ kind: 'delete', collection, id: String(doc._id) })));
    return targets.length;
  }

  private aggregate(params: Params): Doc[] {
    const collection = this.collection(params);
    const stages = Array.isArray(params.stages) ? (params.stages as { stageKey: string; stageValue: string }[]) : [];
    const pipeline = stages.map((s) => ({ [s.stageKey]: parseEjson(s.stageValue, this.now()) }));
    this.checkPipeline(collection, pipeline);
    const lookup = (name: string): Doc[] => {
      if (!this.store.hasCollection(name)) throw collectionMissing(name);
      return [...(this.store.documents(name)?.values() ?? [])].map((s) => s.doc);
    };
    return aggregate(lookup(collection), pipeline, lookup);
  }

  /** An aggregation's opening $match (and the $sort after it) and each $lookup's join key need indexes. */
  private checkPipeline(collection: string, pipeline: Doc[]): void {
    const [first, second] = pipeline;
    if (first?.$match) this.checkIndexed(collection, first.$match as Doc, sortSpec(second?.$sort as Doc | undefined));
    else if (first?.$sort) this.checkIndexed(collection, undefined, sortSpec(first.$sort as Doc));
    for (const stage of pipeline) {
      const join = stage.$lookup as { from?: unknown; foreignField?: unknown } | undefined;
      if (typeof join?.from === 'string' && typeof join.foreignField === 'string') {
        this.checkIndexed(join.from, { [join.foreignField]: null });
      }
    }
  }
}

/** The distinct ids of a filter `{ _id: { $in: [...ids] } }` (strings only), else null. */
function idList(filter: unknown): string[] | null {
  if (!filter || typeof filter !== 'object' || Object.keys(filter).length !== 1) return null;
  const list = (filter as { $in?: unknown }).$in;
  return Array.isArray(list) && list.every((one) => typeof one === 'string') ? [...new Set(list as string[])] : null;
}

function newId(): string {
  return randomBytes(16).toString('hex');
}

function stripId(doc: Doc): Doc {
  const { _id: _ignored, ...rest } = doc;
  return rest;
}

/** Applies update operators to a copy, so buffered and stored documents are never mutated. */
function modified(target: Doc, modifier: Doc): Doc {
  const copy = structuredClone(target);
  applyModifier(copy, modifier);
  return copy;
}
