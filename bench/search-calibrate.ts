// Calibrates the no-answer decision on the bench's own questions (never the held-out ones): for each
// share a match found only in an entry's text may count (see search-answer), each question's best
// support on the demo content, then the threshold that finds the most unanswerable questions while at
// least 90 % of those it declares unanswerable truly are. The share kept is the one with the highest
// recall up to TARGET_RECALL, then precision, then recall, then the widest gap around its threshold. Prints the figures; search-answer.ts
// carries the result (npx tsx bench/search-calibrate.ts).
import { DECISION_DEPTH, bestSupport, skipInRanking } from '../cloudfunctions/_shared/search/search-answer';
import type { SearchIndex } from '../cloudfunctions/_shared/search/search-index';
import { demoIndex } from './search-demo-index';
import { BENCH_QUERIES, type BenchQuery } from './search-metrics';

export interface Decision {
  threshold: number;
  precision: number;
  recall: number;
  /** Half the gap between the observed values either side of the threshold. */
  margin: number;
}

/** The support below which a question counts as unanswered: the highest recall at precision >= 0.9,
 * then the highest precision; cut halfway between neighbouring observed values, never on one. */
export function calibrate(points: { coverage: number; unanswerable: boolean }[]): Decision {
  const sorted = [...new Set(points.map((p) => p.coverage))].sort((a, b) => a - b);
  const unanswerable = points.filter((p) => p.unanswerable).length;
  let best: Decision = { threshold: 0, precision: 1, recall: 0, margin: 0 };
  sorted.forEach((v, i) => {
    const next = sorted[i + 1] ?? v + 0.02;
    const threshold = (v + next) / 2;
    const flagged = points.filter((p) => p.coverage < threshold);
    const right = flagged.filter((p) => p.unanswerable).length;
    const precision = flagged.length ? right / flagged.length : 1;
    const recall = right / Math.max(1, unanswerable);
    if (precision >= 0.9 && (recall > best.recall || (recall === best.recall && precision > best.precision))) best = { threshold, precision, recall, margin: (next - v) / 2 };
  });
  return best;
}

export const TEXT_SHARES = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** Each question's best support at one text share. */
export function supportPoints(index: SearchIndex, queries: BenchQuery[], textShare: number): { q: string; coverage: number; unanswerable: boolean }[] {
  return queries.map((x) => {
    const hits = index.search(x.q, DECISION_DEPTH, { skip: skipInRanking });
    return { q: x.q, coverage: bestSupport(hits, index.unitWeights(index.plan(x.q)), textShare), unanswerable: x.expect.length === 0 };
  });
}

/** The recall the no-answer decision must reach; past it, precision matters more (see calibrateShare). */
export const TARGET_RECALL = 0.8;

/** The text share and threshold for a set of questions. Below the target recall, the most recall wins;
 * once several shares reach it, the most precise one does: a question wrongly declared unanswered hides
 * its answer behind the ask form, which costs a citizen more than a weak hit shown as 可能相关. */
export function calibrateShare(index: SearchIndex, queries: BenchQuery[]): Decision & { textShare: number } {
  let best: Decision & { textShare: number } = { ...calibrate([]), textShare: 1 };
  const reach = (d: Decision): number => Math.min(d.recall, TARGET_RECALL);
  for (const textShare of TEXT_SHARES) {
    const d = calibrate(supportPoints(index, queries, textShare));
    const better = reach(d) - reach(best) || d.precision - best.precision || d.recall - best.recall || d.margin - best.margin;
    if (better > 0) best = { ...d, textShare };
  }
  return best;
}

if (require.main === module) {
  const index = demoIndex();
  const own = BENCH_QUERIES.filter((x) => !x.heldOut);
  for (const textShare of TEXT_SHARES) console.log(textShare, JSON.stringify(calibrate(supportPoints(index, own, textShare))));
  const best = calibrateShare(index, own);
  for (const p of supportPoints(index, own, best.textShare).sort((a, b) => a.coverage - b.coverage).slice(0, 40)) console.log(p.coverage.toFixed(3), p.unanswerable ? '无答案' : '有答案', p.q);
  console.log(JSON.stringify(best));
}
