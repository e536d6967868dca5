// The demo content's search index built in process, the way publishing builds it (each item's search
// entry, a replaced policy marked superseded), for calibrating the no-answer decision without a
// database round trip per question.
import { readFileSync } from 'node:fs';
import type { ImportItem } from '#types/api/import-format';
import type { SearchEntry } from '#types/models/search';
import { CONTENT_KINDS, parseContent } from '../cloudfunctions/_shared/content/content-kinds';
import { importedId } from '../cloudfunctions/_shared/content/import-items';
import { SearchIndex } from '../cloudfunctions/_shared/search/search-index';
import { SYNONYM_GROUPS } from '../cloudfunctions/_shared/search/synonyms';
import { DEMO_CONTENT } from '../scripts/demo/seed-demo';

/** @param extra entries indexed beside the demo content (the bench's filler, to see the figures at scale) */
export function demoIndex(extra: [string, SearchEntry][] = []): SearchIndex {
  const items = (JSON.parse(readFileSync(DEMO_CONTENT, 'utf8')) as { items: ImportItem[] }).items;
  const docs = new Map<string, Record<string, unknown> & { _id: string; lifecycle: string }>();
  for (const item of items) {
    const content = { ...(item.content as Record<string, unknown>) };
    if (item.kind === 'qa' && typeof content.policyId === 'string') content.policyId = importedId('policy', content.policyId);
    if (item.kind === 'qa' && typeof content.serviceId === 'string') content.serviceId = importedId('service', content.serviceId);
    if (item.kind === 'policy' && typeof content.replaces === 'string') content.replaces = importedId('policy', content.replaces);
    if (item.kind === 'projectUpdate' || item.kind === 'inspection') continue;
    const id = importedId(item.kind, item.externalId);
    docs.set(`${item.kind}:${id}`, { ...parseContent(item.kind, content), _id: id, lifecycle: 'published', supersededBy: null });
  }
  for (const doc of docs.values()) {
    const old = typeof doc.replaces === 'string' ? docs.get(`policy:${doc.replaces}`) : undefined;
    if (old) Object.assign(old, { lifecycle: 'superseded', supersededBy: doc._id, status: 'repealed' });
  }
  const entries = new Map<string, SearchEntry>();
  for (const [key, doc] of docs) {
    const entry = CONTENT_KINDS[key.split(':')[0] as ImportItem['kind']].search(doc);
    if (entry) entries.set(key, entry);
  }
  for (const [key, entry] of extra) entries.set(key, entry);
  const glossary = [...entries.values()].filter((e) => e.kind === 'term' && e.keywords).map((e) => [e.title, ...(e.keywords ?? '').split(' ')]);
  return new SearchIndex(entries, [...SYNONYM_GROUPS, ...glossary]);
}
