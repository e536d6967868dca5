// The emulator's database: documents in SQLite (so `npm start` keeps data across restarts),
// mirrored as parsed objects in memory so queries never re-parse JSON.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Doc, parseEjson, stringifyEjson } from './ejson';

export interface StoredDoc {
  doc: Doc;
  /** Bumped on every write; transactions compare it to detect conflicts. */
  version: number;
}

export type Write =
  | { kind: 'put'; collection: string; id: string; doc: Doc }
  | { kind: 'delete'; collection: string; id: string };

export class DocumentStore {
  private readonly sqlite: Database.Database;
  private readonly collections = new Map<string, Map<string, StoredDoc>>();
  private readonly putStmt: Database.Statement;
  private readonly deleteStmt: Database.Statement;
  /** A store-wide counter, so a document deleted and created again never reuses a version. */
  private clock = 0;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.sqlite = new Database(file);
    this.sqlite.pragma('journal_mode = WAL');
    this.sqlite.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY);
      CREATE TABLE IF NOT EXISTS documents (
        collection TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, version INTEGER NOT NULL,
        PRIMARY KEY (collection, id));`);
    this.putStmt = this.sqlite.prepare(
      'INSERT INTO documents (collection, id, body, version) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body, version = excluded.version',
    );
    this.deleteStmt = this.sqlite.prepare('DELETE FROM documents WHERE collection = ? AND id = ?');
    this.load();
  }

  private load(): void {
    for (const row of this.sqlite.prepare('SELECT name FROM collections').all() as { name: string }[]) {
      this.collections.set(row.name, new Map());
    }
    const rows = this.sqlite.prepare('SELECT collection, id, body, version FROM documents').all() as {
      collection: string;
      id: string;
      body: string;
      version: number;
    }[];
    for (const row of rows) {
      this.collections.get(row.collection)?.set(row.id, { doc: parseEjson(row.body) as Doc, version: row.version });
      this.clock = Math.max(this.clock, row.version);
    }
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  /** Returns false when it already existed. */
  createCollection(name: string): boolean {
    if (this.collections.has(name)) return false;
    this.sqlite.prepare('INSERT INTO collections (name) VALUES (?)').run(name);
    this.collections.set(name, new Map());
    return true;
  }

  dropCollection(name: string): void {
    this.sqlite.prepare('DELETE FROM documents WHERE collection = ?').run(name);
    this.sqlite.prepare('DELETE FROM collections WHERE name = ?').run(name);
    this.collections.delete(name);
  }

  /** The live map of a collection; callers must not mutate the documents in it. */
  documents(collection: string): Map<string, StoredDoc> | undefined {
    return this.collections.get(collection);
  }

  get(collection: string, id: string): StoredDoc | undefined {
    return this.collections.get(collection)?.get(id);
  }

  /** Applies writes atomically: all reach SQLite and memory, or none do. */
  apply(writes: Write[]): void {
    const staged = writes.map((write) => ({ write, version: ++this.clock }));
    this.sqlite.transaction(() => {
      for (const { write, version } of staged) {
        if (write.kind === 'put') this.putStmt.run(write.collection, write.id, stringifyEjson(write.doc), version);
        else this.deleteStmt.run(write.collection, write.id);
      }
    })();
    for (const { write, version } of staged) {
      const docs = this.collections.get(write.collection);
      if (!docs) continue;
      if (write.kind === 'put') docs.set(write.id, { doc: write.doc, version });
      else docs.delete(write.id);
    }
  }

  close(): void {
    this.sqlite.close();
  }
}
