// Optimistic transactions, as `db.runTransaction` expects: reads remember the version they saw,
// writes are buffered, and commit fails with DATABASE_TRANSACTION_CONFLICT if anything moved meanwhile.
import { randomBytes } from 'node:crypto';
import type { Doc } from '../store/ejson';
import type { DocumentStore, Write } from '../store/document-store';
import { DbError, invalidParam } from './db-error';

const key = (collection: string, id: string): string => `${collection}\u0000${id}`;
/** Abandoned transactions are forgotten after this long, as the service times them out. */
const TRANSACTION_TTL_MS = 60_000;

export class Transaction {
  private readonly seen = new Map<string, number>();
  private readonly writes = new Map<string, Write>();
  readonly startedAt = Date.now();

  constructor(
    readonly id: string,
    private readonly store: DocumentStore,
  ) {}

  private remember(collection: string, id: string): void {
    const k = key(collection, id);
    if (!this.seen.has(k)) this.seen.set(k, this.store.get(collection, id)?.version ?? 0);
  }

  get(collection: string, id: string): Doc | undefined {
    this.remember(collection, id);
    const pending = this.writes.get(key(collection, id));
    if (pending) return pending.kind === 'put' ? pending.doc : undefined;
    return this.store.get(collection, id)?.doc;
  }

  /** Every document of a collection as this transaction sees it. */
  *documents(collection: string): Iterable<Doc> {
    for (const [id, stored] of this.store.documents(collection) ?? []) {
      if (!this.writes.has(key(collection, id))) {
        this.remember(collection, id);
        yield stored.doc;
      }
    }
    for (const write of this.writes.values()) {
      if (write.collection === collection && write.kind === 'put') yield write.doc;
    }
  }

  write(write: Write): void {
    this.remember(write.collection, write.id);
    this.writes.set(key(write.collection, write.id), write);
  }

  /** `check` sees the writes against the store as it is now (unique keys), before they are applied. */
  commit(check: (writes: Write[]) => void = () => undefined): void {
    for (const [k, version] of this.seen) {
      const [collection = '', id = ''] = k.split('\u0000');
      if ((this.store.get(collection, id)?.version ?? 0) !== version) {
        throw new DbError('DATABASE_TRANSACTION_CONFLICT', `Transaction ${this.id} conflicts on ${collection}/${id}`);
      }
    }
    const writes = [...this.writes.values()];
    check(writes);
    this.store.apply(writes);
  }
}

export class TransactionManager {
  private readonly open = new Map<string, Transaction>();

  constructor(private readonly store: DocumentStore) {}

  start(): Transaction {
    this.sweep();
    const tx = new Transaction(randomBytes(12).toString('hex'), this.store);
    this.open.set(tx.id, tx);
    return tx;
  }

  find(id: unknown): Transaction {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!tx) throw invalidParam(`transaction ${String(id)} does not exist or has ended`);
    return tx;
  }

  commit(id: unknown, check?: (writes: Write[]) => void): void {
    const tx = this.find(id);
    this.open.delete(tx.id);
    tx.commit(check);
  }

  abort(id: unknown): void {
    this.open.delete(this.find(id).id);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, tx] of this.open) if (now - tx.startedAt > TRANSACTION_TTL_MS) this.open.delete(id);
  }
}
