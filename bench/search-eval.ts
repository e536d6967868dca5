// Relevance in process, without the local cloud: the bench's questions on the demo content, and on the
// demo content among the bench's filler up to 20,000 documents, through answerSearch as the function
// calls it. Quick to rerun while tuning (npx tsx bench/search-eval.ts); the second held-out set is
// scored only with --held-out-2, so tuning never looks at it.
import { answerSearch } from '../cloudfunctions/_shared/search/search-answer';
import type { SearchIndex } from '../cloudfunctions/_shared/search/search-index';
import { demoIndex } from './search-demo-index';
import { filler } from './search-filler';
import { BENCH_QUERIES, relevance, type BenchQuery, type RelevanceFigures } from './search-metrics';

const NOW = new Date('2026-11-30T02:00:00Z');
const TARGET_DOCS = 20_000;

export function rateInProcess(index: SearchIndex, queries: BenchQuery[]): RelevanceFigures {
  return relevance(
    queries,
    queries.map((x) => {
      const result = answerSearch(index, x.q, 10, NOW);
      return { ids: result.hits.map((h) => h.refId), answered: result.answered, card: result.definition?.refId ?? null };
    }),
  );
}

if (require.main === module) {
  const sets: [string, BenchQuery[]][] = [
    ['own', BENCH_QUERIES.filter((x) => !x.heldOut)],
    ['held out 1', BENCH_QUERIES.filter((x) => x.heldOut === true)],
  ];
  if (process.argv.includes('--held-out-2')) sets.push(['held out 2', BENCH_QUERIES.filter((x) => x.heldOut === 2)]);
  const demo = demoIndex();
  const fillers = Array.from({ length: TARGET_DOCS - demo.size }, (_, i) => filler(i).entry).map((e): [string, typeof e] => [`qa:${e.refId}`, e]);
  for (const [name, index] of [['demo', demo], [`${TARGET_DOCS} docs`, demoIndex(fillers)]] as const) {
    for (const [set, queries] of sets) {
      const r = rateInProcess(index, queries);
      console.log(`${name.padEnd(11)} ${set.padEnd(11)} top-1 ${r.top1.toFixed(3)} top-3 ${r.top3.toFixed(3)} MRR ${r.mrr.toFixed(3)} no answer P ${r.noAnswerPrecision.toFixed(2)} R ${r.noAnswerRecall.toFixed(2)}`);
      if (process.argv.includes('--misses')) console.log('   ', r.misses.join(' | '));
    }
  }
}
