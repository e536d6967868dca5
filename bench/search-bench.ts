// Search: relevance on a question set written as citizens ask (colloquial, synonyms, typos, short,
// exact titles, and questions the content cannot answer), with top-1, top-3, MRR and the no-answer
// precision and recall, for the questions used in tuning and, apart, the held-out ones; latency
// through the real SDK at 20,000 published documents; the same questions answered by a naive
// db.RegExp scan, side by side. Also the policy page's first payload.
import { COLLECTIONS } from '#types/models/collections';
import { POLICY_COLLECTION, QA_COLLECTION, TERM_COLLECTION } from '#types/models/policy';
import { PROJECT_COLLECTION } from '#types/models/project';
import { SEARCH_COLLECTION, type SearchEntry } from '#types/models/search';
import { SERVICE_COLLECTION } from '#types/models/service';
import type { SearchResult } from '#types/api/search-views';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { DEMO_CONTENT } from '../scripts/demo/seed-demo';
import { importRows, readImportFile } from '../scripts/import-content';
import { demoCheck } from '../scripts/demo/demo-confidentiality';
import { localSdk, type Sdk } from '../scripts/local-sdk';
import { percentile, timeMany } from './measure';
import { searchScale, type ScaleFigures } from './search-scale';
import { filler } from './search-filler';
import { BENCH_QUERIES, relevance, type BenchQuery, type Outcome, type RelevanceFigures } from './search-metrics';

const TARGET_DOCS = 20_000;
const QUERIES = BENCH_QUERIES;
const OWN = QUERIES.filter((q) => !q.heldOut);
const HELD_OUT = QUERIES.filter((q) => q.heldOut === true);
/** Written before the no-answer decision was reworked; scored once, on the finished candidate. */
const HELD_OUT_2 = QUERIES.filter((q) => q.heldOut === 2);

async function smart(cloud: Sdk, q: string): Promise<Outcome> {
  const { result } = await cloud.callFunction({ name: 'search', data: { action: 'search', payload: { q, limit: 10 } } });
  if (!result.ok) throw new Error(result.message);
  const data = result.data as SearchResult;
  return { ids: data.hits.map((h) => h.refId), answered: data.answered, card: data.definition?.refId ?? null };
}

const NAIVE_FIELDS = [
  [QA_COLLECTION, ['question', 'answer']],
  [POLICY_COLLECTION, ['title', 'summary']],
  [TERM_COLLECTION, ['term', 'plain']],
  [SERVICE_COLLECTION, ['name', 'summary']],
  [PROJECT_COLLECTION, ['name', 'summary']],
] as const;

/** What a first attempt without an index would do: a case-insensitive regex over the main fields; it
 * "answers" whenever anything matches. */
async function naive(cloud: Sdk, q: string): Promise<Outcome> {
  const db = cloud.database();
  const _ = db.command;
  const re = db.RegExp({ regexp: q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: 'i' });
  const found: string[] = [];
  for (const [collection, fields] of NAIVE_FIELDS) {
    const { data } = await db.collection(collection).where(_.or(fields.map((f) => ({ [f]: re })))).field({ _id: true }).limit(3).get();
    found.push(...(data as { _id: string }[]).map((d) => d._id));
  }
  return { ids: found.slice(0, 10), answered: found.length > 0 };
}

async function rate(cloud: Sdk, queries: BenchQuery[], run: (cloud: Sdk, q: string) => Promise<Outcome>): Promise<RelevanceFigures> {
  const outcomes: Outcome[] = [];
  for (const { q } of queries) outcomes.push(await run(cloud, q));
  return relevance(queries, outcomes);
}

export interface SearchFigures {
  queries: number;
  heldOutQueries: number;
  heldOut2Queries: number;
  demoDocs: number;
  /** On the demo content alone. */
  demo: RelevanceFigures;
  demoHeldOut: RelevanceFigures;
  demoHeldOut2: RelevanceFigures;
  docs: number;
  /** At TARGET_DOCS documents. */
  full: RelevanceFigures;
  fullHeldOut: RelevanceFigures;
  fullHeldOut2: RelevanceFigures;
  naive: RelevanceFigures;
  naiveHeldOut: RelevanceFigures;
  smartP50: number;
  smartP95: number;
  naiveP50: number;
  naiveP95: number;
  policyPayloadBytes: number;
  /** The index alone at 20,000 documents of real-looking text, in process. */
  scale: ScaleFigures;
}

export async function searchBench(): Promise<SearchFigures> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, collections: COLLECTIONS });
  try {
    const cloud = localSdk(emulator.sdkEnv);
    await importRows(readImportFile(DEMO_CONTENT), 'bench', demoCheck('bench', new Date()));
    // What search covers: policies, Q&A, glossary terms, projects and services (not updates or inspections).
    const searchable = (): number => [POLICY_COLLECTION, QA_COLLECTION, TERM_COLLECTION, PROJECT_COLLECTION, SERVICE_COLLECTION].reduce((n, c) => n + (emulator.store.documents(c)?.size ?? 0), 0);
    const demoDocs = searchable();
    const demo = await rate(cloud, OWN, smart);
    const demoHeldOut = await rate(cloud, HELD_OUT, smart);
    const demoHeldOut2 = await rate(cloud, HELD_OUT_2, smart);

    const { chunkOf } = await import('../cloudfunctions/_shared/search/search-store');
    const chunks = new Map<string, Record<string, SearchEntry>>();
    for (const stored of emulator.store.documents(SEARCH_COLLECTION)?.values() ?? []) {
      chunks.set(String(stored.doc._id), { ...(stored.doc.entries as Record<string, SearchEntry>) });
    }
    const qas: Doc[] = [];
    for (let i = 0; i < TARGET_DOCS - demoDocs; i += 1) {
      const { entry, qa } = filler(i);
      const key = `qa:${entry.refId}`;
      const chunk = chunks.get(chunkOf(key)) ?? {};
      chunk[key] = entry;
      chunks.set(chunkOf(key), chunk);
      qas.push({ ...qa, publishedAt: new Date(), updatedAt: new Date() });
    }
    const now = new Date();
    emulator.store.apply([
      ...[...chunks].map(([id, entries]) => ({ kind: 'put' as const, collection: SEARCH_COLLECTION, id, doc: { _id: id, updatedAt: now, entries } as Doc })),
      ...qas.map((doc) => ({ kind: 'put' as const, collection: QA_COLLECTION, id: String(doc._id), doc })),
    ]);

    const full = await rate(cloud, OWN, smart);
    const fullHeldOut = await rate(cloud, HELD_OUT, smart);
    const fullHeldOut2 = await rate(cloud, HELD_OUT_2, smart);
    let n = 0;
    const next = (): string => (QUERIES[n++ % QUERIES.length] as BenchQuery).q;
    const smartTimes = await timeMany(QUERIES.length * 4, () => smart(cloud, next()));
    const naiveOwn = await rate(cloud, OWN, naive);
    const naiveHeldOut = await rate(cloud, HELD_OUT, naive);
    const naiveTimes = await timeMany(QUERIES.length, () => naive(cloud, next()));

    const { result } = await cloud.callFunction({ name: 'public', data: { action: 'getPolicy', payload: { id: 'policy-x-county-rural-road-2026' } } });
    return {
      queries: QUERIES.length,
      heldOutQueries: HELD_OUT.length,
      heldOut2Queries: HELD_OUT_2.length,
      demoDocs,
      demo,
      demoHeldOut,
      demoHeldOut2,
      docs: searchable(),
      full,
      fullHeldOut,
      fullHeldOut2,
      naive: naiveOwn,
      naiveHeldOut,
      smartP50: percentile(smartTimes, 50),
      smartP95: percentile(smartTimes, 95),
      naiveP50: percentile(naiveTimes, 50),
      naiveP95: percentile(naiveTimes, 95),
      policyPayloadBytes: Buffer.byteLength(JSON.stringify(result)),
      scale: searchScale(),
    };
  } finally {
    await emulator.stop();
  }
}

/** One line of figures for the bench table. */
export const describeRelevance = (r: RelevanceFigures): string =>
  `top-1 ${r.top1.toFixed(3)}, top-3 ${r.top3.toFixed(3)}, MRR ${r.mrr.toFixed(3)}; no answer P ${r.noAnswerPrecision.toFixed(2)} R ${r.noAnswerRecall.toFixed(2)}`;

if (require.main === module) {
  searchBench().then(
    (r) => {
      console.log(JSON.stringify(r, null, 2));
      for (const [name, figures] of [['demo, own', r.demo], ['demo, held out', r.demoHeldOut], ['demo, held out 2', r.demoHeldOut2], [`${r.docs} docs, own`, r.full], [`${r.docs} docs, held out`, r.fullHeldOut], [`${r.docs} docs, held out 2`, r.fullHeldOut2], ['naive, own', r.naive], ['naive, held out', r.naiveHeldOut]] as const) {
        console.log(`${name.padEnd(24)} ${describeRelevance(figures)}`);
      }
      console.log(`p50 ${r.smartP50.toFixed(1)} ms, p95 ${r.smartP95.toFixed(1)} ms at ${r.docs} docs (naive p95 ${r.naiveP95.toFixed(1)} ms)`);
      console.log(`index alone, ${r.scale.docs} real-looking docs: build ${r.scale.buildMs} ms, heap ${r.scale.heapMb.toFixed(0)} MB, p50 ${r.scale.p50.toFixed(1)} ms, p95 ${r.scale.p95.toFixed(1)} ms`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
