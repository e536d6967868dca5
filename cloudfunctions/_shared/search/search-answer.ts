// A search as the page shows it: the glossary term the question is about (a card above the results,
// never one of them), the ranked answers, and the decision whether anything answers at all. That
// decision is calibrated, not guessed: bench/search-calibrate.ts finds the coverage below which the
// bench's own questions (never its held-out ones) are mostly unanswerable, and NO_ANSWER_COVERAGE
// carries the figure it printed.
import type { DefinitionCard, SearchResult, SearchResultHit } from '#types/api/search-views';
import type { SearchEntry } from '#types/models/search';
import { namedTerm } from './glossary-match';
import type { SearchHit, SearchIndex } from './search-index';
import { STANDING_LABELS } from './standing';

/** The question counts as answered when one of the first DECISION_DEPTH hits covers at least
 * NO_ANSWER_COVERAGE of it (calibrated on the bench's own questions; see bench/search-calibrate.ts). */
export const DECISION_DEPTH = 3;
export const NO_ANSWER_COVERAGE = 0.421;
/** Hits matching less than this share of the question are noise, not even 「可能相关」. */
export const NOISE_COVERAGE = NO_ANSWER_COVERAGE / 2;
/** The card shows when the term is most of what the question says, or the question asks what it means. */
const TERM_SHARE = 0.5;
const DEFINITION_CUES = ['是什么', '什么是', '什么意思', '啥意思', '是啥', '指什么', '干什么的', '干啥的'];

/** What the no-answer decision looks at: the best coverage among the first hits. */
export const bestCoverage = (hits: { coverage: number }[]): number => Math.max(0, ...hits.slice(0, DECISION_DEPTH).map((h) => h.coverage));

export const skipInRanking = (entry: SearchEntry): boolean => entry.kind === 'term';

function definitionFor(index: SearchIndex, query: string): DefinitionCard | null {
  const named = namedTerm(index, query);
  if (!named) return null;
  const plan = index.plan(query);
  const weights = index.unitWeights(plan);
  const perChar = plan.units.flatMap((unit, i) => [...unit].map(() => (weights[i] ?? 0) / [...unit].length));
  const total = perChar.reduce((a, b) => a + b, 0);
  const share = total > 0 ? perChar.slice(named.at[0], named.at[1]).reduce((a, b) => a + b, 0) / total : 1;
  if (share < TERM_SHARE && !DEFINITION_CUES.some((cue) => query.includes(cue))) return null;
  return { refId: named.entry.refId, term: named.entry.title, plain: named.entry.text, path: named.entry.path };
}

function view(index: SearchIndex, hit: SearchHit): SearchResultHit {
  const { entry } = hit;
  const guide = entry.kind === 'qa' && entry.serviceId ? index.entry(`service:${entry.serviceId}`) : undefined;
  const label = hit.standing ? STANDING_LABELS[hit.standing] : null;
  return {
    kind: entry.kind,
    refId: entry.refId,
    title: (label ?? '') + entry.title,
    snippet: hit.snippet,
    highlights: hit.highlights,
    path: entry.path,
    weak: hit.coverage < NO_ANSWER_COVERAGE,
    label,
    guide: guide ? { title: guide.title, path: guide.path } : null,
  };
}

export function answerSearch(index: SearchIndex, query: string, limit: number, now: Date): Omit<SearchResult, 'logId'> & { topCoverage: number } {
  const ranked = index.search(query, limit, { now, skip: skipInRanking });
  const topCoverage = bestCoverage(ranked);
  const found = ranked.filter((hit) => hit.coverage >= NOISE_COVERAGE);
  // Of the hits that answer, what is in force comes first; weak hits after all of them.
  const tier = (hit: SearchHit): number => (hit.coverage < NO_ANSWER_COVERAGE ? 2 : 0) + (hit.standing ? 1 : 0);
  const hits = found.map((hit, i) => ({ hit, i })).sort((a, b) => tier(a.hit) - tier(b.hit) || a.i - b.i).map(({ hit }) => hit);
  return { answered: topCoverage >= NO_ANSWER_COVERAGE, definition: definitionFor(index, query), hits: hits.map((hit) => view(index, hit)), topCoverage };
}
