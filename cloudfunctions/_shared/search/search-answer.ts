// A search as the page shows it: the glossary term the question is about (a card above the results,
// never one of them), the ranked answers, and the decision whether anything answers at all. That
// decision is calibrated, not guessed: bench/search-calibrate.ts finds, on the bench's own questions
// (never its held-out ones), how much a match found only in an entry's text counts and the support
// below which a question is mostly unanswerable; the constants here carry the figures it printed.
import type { DefinitionCard, SearchResult, SearchResultHit } from '#types/api/search-views';
import type { SearchEntry } from '#types/models/search';
import { namedTerm } from './glossary-match';
import type { SearchHit, SearchIndex } from './search-index';
import { STANDING_LABELS } from './standing';

/** The question counts as answered when one of the first DECISION_DEPTH hits supports at least
 * NO_ANSWER_SUPPORT of it. Support is coverage (each query unit weighted by its rarity in the content)
 * where a unit the entry matches only in its text, not its title, counts TEXT_MATCH_SHARE: a title says
 * what an entry answers, its text also mentions what it only touches on (the 身份证 a list of documents
 * asks for, the 登记证书 of a vehicle), which is how a question about something else shares its words. */
export const DECISION_DEPTH = 3;
export const TEXT_MATCH_SHARE = 0.6;
export const NO_ANSWER_SUPPORT = 0.331;
/** Hits matching less than this share of the question are noise, not even 「可能相关」. */
export const NOISE_COVERAGE = 0.21;
/** Ranking, apart from the decision: hits covering less than this share of the question come after the
 * others (the threshold coverage alone once decided with; it orders, the weak mark comes from support). */
const TIER_COVERAGE = 0.421;

/** How much of the question one hit supports, 0–1 (see NO_ANSWER_SUPPORT). */
export function support(hit: Pick<SearchHit, 'credit' | 'titleCredit'>, weights: number[], textShare = TEXT_MATCH_SHARE): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  return weights.reduce((sum, w, u) => sum + w * Math.max(hit.titleCredit[u] ?? 0, textShare * (hit.credit[u] ?? 0)), 0) / total;
}

/** What the no-answer decision looks at: the best support among the first hits. */
export const bestSupport = (hits: Pick<SearchHit, 'credit' | 'titleCredit'>[], weights: number[], textShare = TEXT_MATCH_SHARE): number =>
  Math.max(0, ...hits.slice(0, DECISION_DEPTH).map((h) => support(h, weights, textShare)));

export const skipInRanking = (entry: SearchEntry): boolean => entry.kind === 'term';

/** The card shows when the term is most of what the question says, or the question asks what it means. */
const TERM_SHARE = 0.5;
const DEFINITION_CUES = ['是什么', '什么是', '什么意思', '啥意思', '是啥', '指什么', '干什么的', '干啥的'];

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

function view(index: SearchIndex, hit: SearchHit, weak: boolean): SearchResultHit {
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
    weak,
    label,
    guide: guide ? { title: guide.title, path: guide.path } : null,
  };
}

/** `topCoverage` is the best support among the first hits: the figure the decision compared (logged as the top score). */
export function answerSearch(index: SearchIndex, query: string, limit: number, now: Date): Omit<SearchResult, 'logId'> & { topCoverage: number } {
  const ranked = index.search(query, limit, { now, skip: skipInRanking });
  const weights = index.unitWeights(index.plan(query));
  const topSupport = bestSupport(ranked, weights);
  const found = ranked.filter((hit) => hit.coverage >= NOISE_COVERAGE).map((hit) => ({ hit, weak: support(hit, weights) < NO_ANSWER_SUPPORT }));
  // Of the hits that answer, what is in force comes first; hits covering little after all of them.
  const tier = ({ hit }: { hit: SearchHit }): number => (hit.coverage < TIER_COVERAGE ? 2 : 0) + (hit.standing ? 1 : 0);
  const hits = found.map((f, i) => ({ f, i })).sort((a, b) => tier(a.f) - tier(b.f) || a.i - b.i).map(({ f }) => f);
  return { answered: topSupport >= NO_ANSWER_SUPPORT, definition: definitionFor(index, query), hits: hits.map(({ hit, weak }) => view(index, hit, weak)), topCoverage: topSupport };
}
