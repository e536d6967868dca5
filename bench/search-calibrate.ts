// Calibrates the no-answer decision on the bench's own questions (never the held-out ones): for each
// question the coverage of the best hit on the demo content, then the threshold that finds the most
// unanswerable questions while at least 90 % of those it declares unanswerable truly are. Prints the
// threshold and the figures either side; search-answer.ts carries the result (npx tsx bench/search-calibrate.ts).
import { DECISION_DEPTH, bestCoverage, skipInRanking } from '../cloudfunctions/_shared/search/search-answer';
import { demoIndex } from './search-demo-index';
import { BENCH_QUERIES } from './search-metrics';


export interface Decision {
  threshold: number;
  precision: number;
  recall: number;
}

/** The coverage below which a question counts as unanswered: the highest recall at precision >= 0.9,
 * then the highest precision; cut halfway between neighbouring observed values, never on one. */
export function calibrate(points: { coverage: number; unanswerable: boolean }[]): Decision {
  const sorted = [...new Set(points.map((p) => p.coverage))].sort((a, b) => a - b);
  const unanswerable = points.filter((p) => p.unanswerable).length;
  let best: Decision = { threshold: 0, precision: 1, recall: 0 };
  for (const threshold of sorted.map((v, i) => (v + (sorted[i + 1] ?? v + 0.02)) / 2)) {
    const flagged = points.filter((p) => p.coverage < threshold);
    const right = flagged.filter((p) => p.unanswerable).length;
    const precision = flagged.length ? right / flagged.length : 1;
    const recall = right / Math.max(1, unanswerable);
    if (precision >= 0.9 && (recall > best.recall || (recall === best.recall && precision > best.precision))) best = { threshold, precision, recall };
  }
  return best;
}

if (require.main === module) {
  const index = demoIndex();
  const points = BENCH_QUERIES.filter((x) => !x.heldOut).map((x) => {
    const coverage = bestCoverage(index.search(x.q, DECISION_DEPTH, { skip: skipInRanking }));
    return { q: x.q, coverage, unanswerable: x.expect.length === 0 };
  });
  for (const p of [...points].sort((a, b) => a.coverage - b.coverage).slice(0, 30)) console.log(p.coverage.toFixed(3), p.unanswerable ? '无答案' : '有答案', p.q);
  console.log(JSON.stringify(calibrate(points)));
}
