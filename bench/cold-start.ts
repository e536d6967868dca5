// Cold starts at production size, against each function's configured time limit: 20,000 searchable
// documents of real-looking text in the search chunks, then the first call on a fresh instance of
// each function (its instances killed first, as the platform does after idle time).
import { readFileSync } from 'node:fs';
import { FUNCTION_LIMITS } from '#types/api/function-limits';
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { SEARCH_COLLECTION, type SearchEntry } from '#types/models/search';
import { STAFF_COLLECTION } from '#types/models/staff';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { chunkOf } from '../cloudfunctions/_shared/search/search-store';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { DEMO_CONTENT } from '../scripts/demo/seed-demo';
import { staffDoc } from '../test/support/builders';

const DOCS = 20_000;
const TEXT_CHARS = 600;

/** Sentences of the demo content, strung together at random into documents the size of real ones. */
function realisticEntries(count: number): Map<string, SearchEntry> {
  const items = (JSON.parse(readFileSync(DEMO_CONTENT, 'utf8')) as { items: { content: Record<string, unknown> }[] }).items;
  const prose = items.flatMap((item) => Object.values(item.content).filter((value): value is string => typeof value === 'string'));
  const sentences = prose.flatMap((text) => text.split(/[。；！？\n]/)).filter((s) => s.length > 6);
  let state = 11;
  const any = (): string => sentences[(state = (state * 48271) % 2147483647) % sentences.length] as string;
  const entries = new Map<string, SearchEntry>();
  for (let i = 0; i < count; i += 1) {
    let text = '';
    while (text.length < TEXT_CHARS) text += `${any()}。`;
    entries.set(`qa:cold-${i}`, { kind: 'qa', refId: `cold-${i}`, title: any().slice(0, 30), text: text.slice(0, TEXT_CHARS), path: '' });
  }
  return entries;
}

export interface ColdStartFigures {
  docs: number;
  /** First call on a fresh instance, and the function's configured limit, in ms. */
  calls: { fn: string; action: string; firstMs: number; warmMs: number; limitMs: number }[];
}

export async function coldStartBench(): Promise<ColdStartFigures> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    const chunks = new Map<string, Record<string, SearchEntry>>();
    for (const [key, entry] of realisticEntries(DOCS)) chunks.set(chunkOf(key), { ...chunks.get(chunkOf(key)), [key]: entry });
    const now = new Date();
    emulator.store.apply([
      ...[...chunks].map(([id, entries]) => ({ kind: 'put' as const, collection: SEARCH_COLLECTION, id, doc: { _id: id, updatedAt: now, entries } as Doc })),
      (() => {
        const editor = staffDoc('editor');
        return { kind: 'put' as const, collection: STAFF_COLLECTION, id: editor._id, doc: editor as unknown as Doc };
      })(),
    ]);
    const probes = [
      { fn: 'search', action: 'search', payload: { q: '农村公路坏了找谁修', limit: 10 }, as: 'citizenA' },
      { fn: 'public', action: 'listFeed', payload: { limit: 10 }, as: 'anonymous' },
      { fn: 'staff', action: 'listCases', payload: {}, as: 'editor' },
    ] as const;
    const calls: ColdStartFigures['calls'] = [];
    for (const probe of probes) {
      await emulator.runner.kill(probe.fn);
      const time = async (): Promise<number> => {
        const started = performance.now();
        const result = (await emulator.call(probe.fn, { action: probe.action, payload: probe.payload }, probe.as)) as { ok: boolean; message?: string };
        if (!result.ok) throw new Error(`${probe.fn}.${probe.action}: ${result.message ?? ''}`);
        return performance.now() - started;
      };
      const firstMs = await time();
      const warmMs = await time();
      calls.push({ fn: probe.fn, action: probe.action, firstMs, warmMs, limitMs: FUNCTION_LIMITS[probe.fn].timeoutS * 1000 });
    }
    return { docs: DOCS, calls };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  coldStartBench().then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
