// An in-memory inverted index over search entries, ranked by a BM25-style score with titles weighted
// up. A query is planned into slots (see query-plan): each slot scores a document by its best matching
// alternative (the exact pair, else its sound, else a lone character, or a synonym). Besides the
// score, every hit carries its coverage: the share of the query's content (each character weighted by
// how rare it is in the index, so a word the index has never seen weighs most) the document matches.
// Coverage both ranks (an answer to the whole question beats a long text repeating one word) and tells
// when nothing answers (see search-answer).
import type { SearchEntry } from '#types/models/search';
import { planQuery, type Alternative, type QueryPlan } from './query-plan';
import { belowSuccessors, standingFactor, standingOf, type Standing } from './standing';
import { indexTokens, normalize } from './tokenize';

export interface SearchHit {
  key: string;
  entry: SearchEntry;
  score: number;
  /** Weighted share of the query's content this entry matches, 0–1. */
  coverage: number;
  /** For each query unit (see query-plan), how much of it this entry matches, 0–1. */
  credit: number[];
  standing: Standing | null;
  snippet: string;
  /** [start, end) ranges of the snippet to highlight. */
  highlights: [number, number][];
}

interface Posting {
  doc: number;
  title: number;
  text: number;
}

const TITLE_WEIGHT = 2.5;
const K1 = 1.2;
/** Candidates by raw score that get their coverage measured. */
const CANDIDATES = 120;
/** A token in more documents than this (a share of the index, and at least COMMON_MIN) is common. */
const COMMON_SHARE = 0.05;
const COMMON_MIN = 500;
const SNIPPET_LENGTH = 60;

export class SearchIndex {
  private keys: string[] = [];
  private entries: SearchEntry[] = [];
  private byKey = new Map<string, number>();
  private lengths: number[] = [];
  private averageLength = 1;
  private postings = new Map<string, Posting[]>();
  private synonyms: string[][] = [];

  constructor(source: Map<string, SearchEntry>, synonyms: string[][]) {
    this.synonyms = mergedGroups(synonyms.map((group) => group.map((w) => normalize(w).replace(/ /g, '')).filter(Boolean)));
    for (const [key, entry] of source) this.add(key, entry);
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  get size(): number {
    return this.entries.length;
  }

  entry(key: string): SearchEntry | undefined {
    const doc = this.byKey.get(key);
    return doc === undefined ? undefined : this.entries[doc];
  }

  /** Every entry of one kind, with its key. */
  ofKind(kind: SearchEntry['kind']): [string, SearchEntry][] {
    return this.entries.flatMap((entry, doc) => (entry.kind === kind ? [[this.keys[doc] as string, entry] as [string, SearchEntry]] : []));
  }

  private add(key: string, entry: SearchEntry): void {
    const doc = this.entries.length;
    this.keys.push(key);
    this.entries.push(entry);
    this.byKey.set(key, doc);
    const counts = new Map<string, Posting>();
    const bump = (token: string, field: 'title' | 'text'): void => {
      const posting = counts.get(token) ?? { doc, title: 0, text: 0 };
      posting[field] += 1;
      counts.set(token, posting);
    };
    for (const t of indexTokens(entry.title)) bump(t, 'title');
    const textTokens = [...indexTokens(entry.text), ...indexTokens(entry.keywords ?? '')];
    for (const t of textTokens) bump(t, 'text');
    this.lengths.push(textTokens.length);
    for (const [token, posting] of counts) {
      const list = this.postings.get(token);
      if (list) list.push(posting);
      else this.postings.set(token, [posting]);
    }
  }

  private idf(token: string): number {
    const df = this.postings.get(token)?.length ?? 0;
    const n = this.entries.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  plan(query: string): QueryPlan {
    return planQuery(query, (t) => this.postings.has(t), this.synonyms);
  }

  /** How much each query unit counts towards coverage: nothing for question words, else its rarity. */
  unitWeights(plan: QueryPlan): number[] {
    return plan.units.map((unit, i) => (plan.function[i] ? 0 : this.idf(unit)));
  }

  /**
   * Entries ranked for a query, best first. `skip` leaves entries out of the ranking (the glossary,
   * shown apart). What no longer applies ranks lower, and never above its successor.
   */
  search(query: string, limit: number, options: { now?: Date; skip?: (entry: SearchEntry) => boolean } = {}): SearchHit[] {
    const plan = this.plan(query);
    const now = options.now ?? new Date(0);
    const slotCount = plan.slots.length;
    const matched = new Map<number, { gains: Float64Array; alt: Int8Array; share: Float64Array }>();
    const score = (adding: boolean, use: (alt: Alternative) => boolean): void => {
      plan.slots.forEach((slot, s) => {
        slot.alternatives.forEach((alt, a) => {
          if (!use(alt)) return;
          const sums = new Map<number, { gain: number; found: number }>();
          for (const token of alt.tokens) {
            const list = this.postings.get(token);
            if (!list) continue;
            const idf = this.idf(token);
            for (const p of list) {
              if (!adding && !matched.has(p.doc)) continue;
              const norm = 1 - 0.75 + (0.75 * (this.lengths[p.doc] ?? 0)) / this.averageLength;
              const tf = (p.text * (K1 + 1)) / (p.text + K1 * norm);
              const sum = sums.get(p.doc) ?? { gain: 0, found: 0 };
              sum.gain += alt.weight * idf * (tf + (p.title > 0 ? TITLE_WEIGHT : 0));
              sum.found += 1;
              sums.set(p.doc, sum);
            }
          }
          for (const [doc, { gain, found }] of sums) {
            let m = matched.get(doc);
            if (!m) {
              m = { gains: new Float64Array(slotCount), alt: new Int8Array(slotCount).fill(-1), share: new Float64Array(slotCount) };
              matched.set(doc, m);
            }
            if (gain > (m.gains[s] ?? 0)) {
              m.gains[s] = gain;
              m.alt[s] = a;
              m.share[s] = found / alt.tokens.length;
            }
          }
        });
      });
    };
    // Rare tokens find the candidates; tokens most documents contain only score those (unless nothing
    // rarer matched), which keeps a query's cost near the size of its answer, not of the index.
    const commonAbove = Math.max(COMMON_MIN, this.entries.length * COMMON_SHARE);
    const common = (alt: Alternative): boolean => alt.tokens.some((t) => (this.postings.get(t)?.length ?? 0) > commonAbove);
    score(true, (alt) => !common(alt));
    score(matched.size === 0, common);
    const weights = this.unitWeights(plan);
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    const candidates = [...matched]
      .map(([doc, m]) => ({ doc, m, raw: m.gains.reduce((a, b) => a + b, 0) }))
      .filter(({ doc }) => !options.skip?.(this.entries[doc] as SearchEntry))
      .sort((a, b) => b.raw - a.raw)
      .slice(0, CANDIDATES);
    const ranked = candidates
      .map(({ doc, m, raw }) => {
        const credit = plan.units.map(() => 0);
        plan.slots.forEach((slot, s) => {
          const a = m.alt[s] ?? -1;
          if (a < 0) return;
          const c = (slot.alternatives[a]?.credit ?? 0) * (m.share[s] ?? 0);
          for (const u of slot.units) credit[u] = Math.max(credit[u] ?? 0, c);
        });
        const coverage = weights.reduce((sum, w, u) => sum + w * (credit[u] ?? 0), 0) / total;
        const entry = this.entries[doc] as SearchEntry;
        const standing = standingOf(entry, now);
        return { doc, entry, coverage, credit, standing, score: raw * (0.4 + coverage ** 2) * standingFactor(standing) };
      })
      .sort((a, b) => b.score - a.score);
    const highlightTokens = plan.slots.flatMap((slot) =>
      slot.alternatives.filter((a) => a.credit >= 1 || (a.credit > 0 && a.tokens.length > 1)).flatMap((a) => a.tokens.filter((t) => !t.includes('~'))),
    );
    return belowSuccessors(ranked.slice(0, limit)).map(({ doc, entry, score, coverage, credit, standing }) => ({
      key: this.keys[doc] as string,
      entry,
      score,
      coverage,
      credit,
      standing,
      ...snippet(entry, highlightTokens),
    }));
  }
}

/** Groups sharing a word become one group (the glossary's aliases often repeat a built-in group). */
function mergedGroups(groups: string[][]): string[][] {
  const merged: Set<string>[] = [];
  for (const group of groups) {
    const overlapping = merged.filter((m) => group.some((w) => m.has(w)));
    const into = new Set([...group, ...overlapping.flatMap((m) => [...m])]);
    for (const m of overlapping) merged.splice(merged.indexOf(m), 1);
    if (into.size > 1) merged.push(into);
  }
  // Longest words first, so a query finds 网络预约出租汽车 before the 出租汽车 inside it.
  return merged.map((m) => [...m].sort((a, b) => b.length - a.length));
}

/** The window of the readable text (never the keywords) that contains most query tokens, with the matches
 * marked; the text's opening when the match was in the title or the keywords. */
function snippet(entry: SearchEntry, tokens: string[]): { snippet: string; highlights: [number, number][] } {
  const text = entry.text;
  const lower = text.toLowerCase();
  const marks: [number, number][] = [];
  for (const token of new Set(tokens)) {
    let from = lower.indexOf(token);
    while (from !== -1 && marks.length < 200) {
      marks.push([from, from + token.length]);
      from = lower.indexOf(token, from + 1);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let bestStart = 0;
  let bestCount = -1;
  for (const [start] of marks) {
    const count = marks.filter(([s, e]) => s >= start && e <= start + SNIPPET_LENGTH).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  const start = Math.max(0, Math.min(bestStart - 10, text.length - SNIPPET_LENGTH));
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const merged: [number, number][] = [];
  for (const [s, e] of marks) {
    if (s < start || e > end) continue;
    const last = merged[merged.length - 1];
    if (last && s - start <= last[1]) last[1] = Math.max(last[1], e - start);
    else merged.push([s - start, e - start]);
  }
  const prefix = start > 0 ? '…' : '';
  return {
    snippet: prefix + text.slice(start, end) + (end < text.length ? '…' : ''),
    highlights: merged.map(([s, e]) => [s + prefix.length, e + prefix.length]),
  };
}
