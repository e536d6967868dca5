// Search: top-3 hit rate of a query set written as citizens ask (colloquial, misspelt, everyday words
// for official terms), latency through the real SDK at 20,000 published documents, and the same
// queries answered by a naive db.RegExp scan, side by side. Also the policy page's first payload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '#types/models/collections';
import { POLICY_COLLECTION, QA_COLLECTION, TERM_COLLECTION } from '#types/models/policy';
import { PROJECT_COLLECTION } from '#types/models/project';
import { SEARCH_COLLECTION, type SearchEntry } from '#types/models/search';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { DEMO_CONTENT } from '../scripts/demo/seed-demo';
import { importRows, readImportFile } from '../scripts/import-content';
import { localSdk, type Sdk } from '../scripts/local-sdk';
import { percentile, timeMany } from './measure';

interface Query {
  q: string;
  expect: string[];
}

const TARGET_DOCS = 20_000;
const QUERIES = JSON.parse(readFileSync(join(__dirname, 'search-queries.json'), 'utf8')) as Query[];
const toId = (ref: string): string => {
  const [kind, ext] = ref.split(':');
  return `${kind}-x-${ext}`;
};

async function smartTop3(cloud: Sdk, q: string): Promise<string[]> {
  const { result } = await cloud.callFunction({ name: 'public', data: { action: 'search', payload: { q, limit: 3 } } });
  if (!result.ok) throw new Error(result.message);
  return (result.data.hits as { refId: string }[]).map((h) => h.refId);
}

/** What a first attempt without an index would do: a case-insensitive regex over the main fields. */
async function naiveTop3(cloud: Sdk, q: string): Promise<string[]> {
  const db = cloud.database();
  const _ = db.command;
  const re = db.RegExp({ regexp: q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: 'i' });
  const found: string[] = [];
  for (const [collection, fields] of [[QA_COLLECTION, ['question', 'answer']], [POLICY_COLLECTION, ['title', 'summary']], [TERM_COLLECTION, ['term', 'plain']]] as const) {
    const { data } = await db.collection(collection).where(_.or(fields.map((f) => ({ [f]: re })))).field({ _id: true }).limit(3).get();
    found.push(...(data as { _id: string }[]).map((d) => d._id));
  }
  return found.slice(0, 3);
}

async function rate(cloud: Sdk, top3: (cloud: Sdk, q: string) => Promise<string[]>): Promise<{ rate: number; misses: string[] }> {
  const misses: string[] = [];
  for (const { q, expect } of QUERIES) {
    const hits = await top3(cloud, q);
    if (!expect.map(toId).some((id) => hits.includes(id))) misses.push(q);
  }
  return { rate: (QUERIES.length - misses.length) / QUERIES.length, misses };
}

const WORDS = ['公路', '养护', '货车', '客运', '站点', '线路', '许可', '检测', '乡镇', '村道', '桥梁', '施工', '安全', '应急', '资金', '补助', '驾驶员', '车辆', '年审', '运输', '服务', '监督', '公示', '计划', '进度', '质量', '验收', '招标', '设计', '管理'];
function filler(i: number): { entry: SearchEntry; qa: Doc } {
  let seed = i * 2654435761;
  const word = (): string => WORDS[(seed = (seed * 1103515245 + 12345) >>> 0) % WORDS.length] as string;
  const title = `${word()}${word()}工作第${i}号通报`;
  const text = Array.from({ length: 24 }, word).join('，');
  const id = `filler-${i}`;
  return {
    entry: { kind: 'qa', refId: id, title, text, path: `/pages/qa/index?id=${id}` },
    qa: { _id: id, topic: 'general', question: title, answer: text, order: 9999, policyId: null, lifecycle: 'published', version: 1, votes: { helpful: 0, unhelpful: 0 } },
  };
}

export interface SearchFigures {
  queries: number;
  demoDocs: number;
  smartRateDemo: number;
  missesDemo: string[];
  misses: string[];
  docs: number;
  smartRate: number;
  smartP50: number;
  smartP95: number;
  naiveRate: number;
  naiveP50: number;
  naiveP95: number;
  policyPayloadBytes: number;
}

export async function searchBench(): Promise<SearchFigures> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, collections: COLLECTIONS });
  try {
    const cloud = localSdk(emulator.sdkEnv);
    await importRows(readImportFile(DEMO_CONTENT), 'bench');
    // What search covers: policies, Q&A, glossary terms and projects (not updates or inspections).
    const searchable = (): number => [POLICY_COLLECTION, QA_COLLECTION, TERM_COLLECTION, PROJECT_COLLECTION].reduce((n, c) => n + (emulator.store.documents(c)?.size ?? 0), 0);
    const demoDocs = searchable();
    const demo = await rate(cloud, smartTop3);

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

    const full = await rate(cloud, smartTop3);
    let n = 0;
    const next = (): string => (QUERIES[n++ % QUERIES.length] as Query).q;
    const smartTimes = await timeMany(QUERIES.length * 4, () => smartTop3(cloud, next()));
    const naive = await rate(cloud, naiveTop3);
    const naiveTimes = await timeMany(QUERIES.length, () => naiveTop3(cloud, next()));

    const { result } = await cloud.callFunction({ name: 'public', data: { action: 'getPolicy', payload: { id: 'policy-x-county-rural-road-2026' } } });
    return {
      queries: QUERIES.length,
      demoDocs,
      smartRateDemo: demo.rate,
      missesDemo: demo.misses,
      misses: full.misses,
      docs: searchable(),
      smartRate: full.rate,
      smartP50: percentile(smartTimes, 50),
      smartP95: percentile(smartTimes, 95),
      naiveRate: naive.rate,
      naiveP50: percentile(naiveTimes, 50),
      naiveP95: percentile(naiveTimes, 95),
      policyPayloadBytes: Buffer.byteLength(JSON.stringify(result)),
    };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  searchBench().then((r) => console.log(JSON.stringify(r, null, 2)), (e: unknown) => { console.error(e); process.exit(1); });
}
