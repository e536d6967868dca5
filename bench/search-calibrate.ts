// Calibrates the no-answer decision on the bench's own questions (never the held-out ones): for each
// question the coverage of the best hit on the demo content, then the threshold that finds the most
// unanswerable questions while at least 90 % of those it declares unanswerable truly are. Prints the
// threshold and the figures either side; search-answer.ts carries the result (npx tsx bench/search-calibrate.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECISION_DEPTH, skipInRanking } from '../cloudfunctions/_shared/search/search-answer';
import { demoIndex } from './search-demo-index';

interface Query {
  q: string;
  expect: string[];
  kind: string;
  heldOut?: boolean;
}

export const BENCH_QUERIES = JSON.parse(readFileSync(join(__dirname, 'search-queries.json'), 'utf8')) as Query[];

export interface Decision {
  /** How much the title side counts: a hit's fit is coverage × titleCoverage^titleWeight. */
  titleWeight: number;
  threshold: number;
  precision: number;
  recall: number;
}

interface Point {
  /** (coverage, titleCoverage) of the first hits. */
  hits: [number, number][];
  unanswerable: boolean;
}

const TITLE_WEIGHTS = [0, 0.25, 0.5, 0.75, 1];

/** For each title weight, the fit below which a question counts as unanswered with the highest recall
 * at precision >= 0.9 (then the highest precision), cut between neighbouring observed values; the
 * best of those. */
export function calibrate(points: Point[]): Decision {
  const unanswerable = points.filter((p) => p.unanswerable).length;
  let best: Decision = { titleWeight: 0, threshold: 0, precision: 1, recall: 0 };
  for (const titleWeight of TITLE_WEIGHTS) {
    const scored = points.map((p) => ({ fit: Math.max(0, ...p.hits.map(([c, t]) => c * t ** titleWeight)), unanswerable: p.unanswerable }));
    const sorted = [...new Set(scored.map((p) => p.fit))].sort((a, b) => a - b);
    for (const threshold of sorted.map((v, i) => (v + (sorted[i + 1] ?? v + 0.02)) / 2)) {
      const flagged = scored.filter((p) => p.fit < threshold);
      const right = flagged.filter((p) => p.unanswerable).length;
      const precision = flagged.length ? right / flagged.length : 1;
      const recall = right / Math.max(1, unanswerable);
      if (precision >= 0.9 && (recall > best.recall || (recall === best.recall && precision > best.precision))) best = { titleWeight, threshold, precision, recall };
    }
  }
  return best;
}

if (require.main === module) {
  const index = demoIndex();
  const points = BENCH_QUERIES.filter((x) => !x.heldOut).map((x) => {
    const hits = index.search(x.q, DECISION_DEPTH, { skip: skipInRanking });
    return { hits: hits.map((h): [number, number] => [h.coverage, index.titleCoverage(x.q, h.entry)]), unanswerable: x.expect.length === 0 };
  });
  console.log(JSON.stringify(calibrate(points)));
}
