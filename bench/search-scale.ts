// The index at 20,000 documents that read like the real ones: each document strung together from
// sentences of the demo content (the bench's filler documents repeat 30 words and hide what real text
// costs). Measured in process: build time and heap for a cold function instance, and search latency.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { SearchEntry } from '#types/models/search';
import { answerSearch } from '../cloudfunctions/_shared/search/search-answer';
import { SearchIndex } from '../cloudfunctions/_shared/search/search-index';
import { demoIndex } from './search-demo-index';
import { percentile } from './measure';
import { BENCH_QUERIES } from './search-metrics';

const TEXT_LENGTH = 600;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export interface ScaleFigures {
  docs: number;
  buildMs: number;
  heapMb: number;
  p50: number;
  p95: number;
}

export function searchScale(docs = 20_000): ScaleFigures {
  const demo = demoIndex();
  const sentences = (['qa', 'policy', 'service', 'project', 'term'] as const).flatMap((kind) =>
    demo.ofKind(kind).flatMap(([, e]) => `${e.title}。${e.text}`.split(/[。；！？]/).filter((s) => s.length > 4)),
  );
  let seed = 7;
  const pick = (): string => sentences[(seed = (seed * 1103515245 + 12345) >>> 0) % sentences.length] as string;
  const entries = new Map<string, SearchEntry>();
  for (let i = 0; i < docs; i += 1) {
    let text = '';
    while (text.length < TEXT_LENGTH) text += `${pick()}。`;
    entries.set(`qa:scale-${i}`, { kind: 'qa', refId: `scale-${i}`, title: pick().slice(0, 30), text: text.slice(0, TEXT_LENGTH), path: '' });
  }
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = Date.now();
  const index = new SearchIndex(entries, []);
  const buildMs = Date.now() - started;
  collectGarbage();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const times: number[] = [];
  const now = new Date();
  for (const { q } of [...BENCH_QUERIES, ...BENCH_QUERIES]) {
    const t = process.hrtime.bigint();
    answerSearch(index, q, 10, now);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { docs: index.size, buildMs, heapMb, p50: percentile(times, 50), p95: percentile(times, 95) };
}

if (require.main === module) console.log(JSON.stringify(searchScale(), null, 2));
