// Reads and writes the search index in the database. Reads keep the chunks in module memory (a warm
// function instance keeps them between calls) and on every search compare each chunk's stamp, fetching
// only changed chunks: a freshly published item is findable at once, and correctness never depends
// on the cache. A cold instance loads every chunk once (about 20 MB of text at 20,000 documents).
import { SEARCH_CHUNKS, SEARCH_COLLECTION, SEARCH_KEYWORDS_MAX, SEARCH_TEXT_MAX, type SearchChunkDoc, type SearchEntry } from '#types/models/search';
import { TERM_COLLECTION, type TermDoc } from '#types/models/policy';
import { _, db, docOrNull, docsOf, type Tx } from '../cloud';
import { SearchIndex } from './search-index';
import { SYNONYM_GROUPS } from './synonyms';

export function chunkOf(key: string): string {
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return `chunk-${String(hash % SEARCH_CHUNKS).padStart(2, '0')}`;
}

export const searchKey = (kind: string, refId: string): string => `${kind}:${refId}`;

/** Writes (or with null removes) an entry inside the publishing transaction. */
export async function putSearchEntry(tx: Tx, key: string, entry: SearchEntry | null): Promise<void> {
  const ref = tx.collection(SEARCH_COLLECTION).doc(chunkOf(key));
  const chunk = await docOrNull<SearchChunkDoc>(ref);
  const value = entry ? { ...entry, text: entry.text.slice(0, SEARCH_TEXT_MAX), ...(entry.keywords ? { keywords: entry.keywords.slice(0, SEARCH_KEYWORDS_MAX) } : {}) } : null;
  if (!chunk) {
    if (value) await ref.set({ data: { updatedAt: db.serverDate(), entries: { [key]: value } } });
    return;
  }
  await ref.update({ data: { updatedAt: db.serverDate(), [`entries.${key}`]: value ?? _.remove() } });
}

interface Cache {
  chunks: Map<string, SearchChunkDoc>;
  index: SearchIndex | null;
}

// Module state: survives between calls in a warm instance, rebuilt from the database when cold.
const cache: Cache = { chunks: new Map(), index: null };

async function glossarySynonyms(): Promise<string[][]> {
  const terms = await docsOf<TermDoc>(db.collection(TERM_COLLECTION).where({ lifecycle: 'published' }).field({ term: true, aliases: true }).limit(1000));
  return terms.filter((t) => t.aliases.length > 0).map((t) => [t.term, ...t.aliases]);
}

export async function currentIndex(): Promise<SearchIndex> {
  // One small read of every chunk's stamp; only chunks whose stamp changed are fetched in full.
  const stamps = await docsOf<Pick<SearchChunkDoc, '_id' | 'updatedAt'>>(
    db.collection(SEARCH_COLLECTION).field({ _id: true, updatedAt: true }).limit(SEARCH_CHUNKS),
  );
  const changed = stamps.filter((s) => cache.chunks.get(s._id)?.updatedAt.getTime() !== s.updatedAt.getTime()).map((s) => s._id);
  const gone = [...cache.chunks.keys()].filter((id) => !stamps.some((s) => s._id === id));
  if (changed.length > 0) {
    const fresh = await docsOf<SearchChunkDoc>(db.collection(SEARCH_COLLECTION).where({ _id: _.in(changed) }).limit(SEARCH_CHUNKS));
    for (const chunk of fresh) cache.chunks.set(chunk._id, chunk);
  }
  for (const id of gone) cache.chunks.delete(id);
  if (changed.length > 0 || gone.length > 0 || !cache.index) {
    const all = new Map<string, SearchEntry>();
    for (const chunk of cache.chunks.values()) {
      for (const [key, entry] of Object.entries(chunk.entries ?? {})) if (entry) all.set(key, entry);
    }
    cache.index = new SearchIndex(all, [...SYNONYM_GROUPS, ...(await glossarySynonyms())]);
  }
  return cache.index;
}
