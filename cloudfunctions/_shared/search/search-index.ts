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
import { hasLookAlike, shapeOf } from './near-shape';
import { soundOf } from './pinyin-key';
import { indexTokens, isCjk, normalize } from './tokenize';

export interface SearchHit {
  key: string;
  entry: SearchEntry;
  score: number;
  /** Weighted share of the query's content this entry matches, 0–1. */
  coverage: number;
  /** For each query unit (see query-plan), how much of it this entry matches, 0–1. */
  credit: number[];
  /** The same, counting only what the entry's title matches: what the entry is about, not what it mentions. */
  titleCredit: number[];
  standing: Standing | null;
  snippet: string;
  /** [start, end) ranges of the snippet to highlight. */
  highlights: [number, number][];
}

/** A posting packed in one small integer: doc × 1024 + times in the title (≤ 31) × 32 + times in the text (≤ 31). */
const pack = (doc: number, title: number, text: number): number => doc * 1024 + Math.min(title, 31) * 32 + Math.min(text, 31);
const docOf = (p: number): number => Math.floor(p / 1024);
const titleOf = (p: number): number => Math.floor(p / 32) % 32;
const textOf = (p: number): number => p % 32;
/** Look-alike pairs tried for a pair the index does not know, most common first. */
const SIMILAR_MAX = 6;
/** Counting a token's times in the title in units of this, above its times in the text (never this many). */
const TITLE_UNIT = 1 << 20;

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
  /** BM25 length normalisation of each document. */
  private norms = new Float64Array(0);
  private postings = new Map<string, number[]>();
  private synonyms: string[][] = [];
  /** Known pairs by their sound, and by their look; built on the first query that needs them. */
  private alike: { sound: Map<string, string[]>; shape: Map<string, string[]> } | null = null;

  constructor(source: Map<string, SearchEntry>, synonyms: string[][]) {
    this.synonyms = mergedGroups(synonyms.map((group) => group.map((w) => normalize(w).replace(/ /g, '')).filter(Boolean)));
    for (const [key, entry] of source) this.add(key, entry);
    const averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length) || 1;
    this.norms = Float64Array.from(this.lengths, (length) => 1 - 0.75 + (0.75 * length) / averageLength);
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
    // Per token: times in the title × TITLE_UNIT + times in the text, one number (no array per token:
    // a cold instance indexes millions of tokens, and the garbage they made was most of its start-up).
    const counts = new Map<string, number>();
    for (const t of indexTokens(entry.title)) counts.set(t, (counts.get(t) ?? 0) + TITLE_UNIT);
    let length = 0;
    for (const source of [entry.text, entry.keywords ?? '']) {
      for (const t of indexTokens(source)) {
        counts.set(t, (counts.get(t) ?? 0) + 1);
        length += 1;
      }
    }
    this.lengths.push(length);
    for (const [token, count] of counts) {
      const posting = pack(doc, Math.floor(count / TITLE_UNIT), count % TITLE_UNIT);
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
    return planQuery(query, { known: (t) => this.postings.has(t), alike: (a, b) => this.alikePairs(a, b) }, this.synonyms);
  }

  /** Known pairs that differ from a + b in one character, by its sound or its look, most common first. */
  private alikePairs(a: string, b: string): string[] {
    if (!this.alike) {
      const alike = { sound: new Map<string, string[]>(), shape: new Map<string, string[]>() };
      const add = (map: Map<string, string[]>, key: string, token: string): void => {
        const list = map.get(key);
        if (list) list.push(token);
        else map.set(key, [token]);
      };
      for (const token of this.postings.keys()) {
        const [x, y, more] = [...token];
        if (!x || !y || more !== undefined || !isCjk(x) || !isCjk(y)) continue;
        add(alike.sound, `${soundOf(x)}.${soundOf(y)}`, token);
        if (hasLookAlike(x) || hasLookAlike(y)) add(alike.shape, shapeOf(x) + shapeOf(y), token);
      }
      this.alike = alike;
    }
    const found = [...(this.alike.sound.get(`${soundOf(a)}.${soundOf(b)}`) ?? []), ...(this.alike.shape.get(shapeOf(a) + shapeOf(b)) ?? [])];
    const oneOff = [...new Set(found)].filter((t) => t !== a + b && (t[0] === a || t[1] === b));
    return oneOff.sort((x, y) => (this.postings.get(y)?.length ?? 0) - (this.postings.get(x)?.length ?? 0)).slice(0, SIMILAR_MAX);
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
    const n = this.entries.length;
    // Per slot, per document: the best alternative's gain, which one it was, and the share of its tokens found.
    const gains = plan.slots.map(() => new Float64Array(n));
    const alts = plan.slots.map(() => new Int8Array(n).fill(-1));
    const shares = plan.slots.map(() => new Float32Array(n));
    const raw = new Float64Array(n);
    const isCandidate = new Uint8Array(n);
    const candidateDocs: number[] = [];
    const commonAbove = Math.max(COMMON_MIN, n * COMMON_SHARE);
    const isCommon = (token: string): boolean => (this.postings.get(token)?.length ?? 0) > commonAbove;
    const score = (adding: boolean, use: (alt: Alternative) => boolean): void => {
      plan.slots.forEach((slot, s) => {
        const gain = gains[s] as Float64Array;
        const alt = alts[s] as Int8Array;
        const share = shares[s] as Float32Array;
        const offer = (doc: number, a: number, g: number, found: number): void => {
          if (g <= (gain[doc] ?? 0)) return;
          if (!isCandidate[doc]) {
            isCandidate[doc] = 1;
            candidateDocs.push(doc);
          }
          raw[doc] = (raw[doc] ?? 0) + g - (gain[doc] ?? 0);
          gain[doc] = g;
          alt[doc] = a;
          share[doc] = found;
        };
        slot.alternatives.forEach((option, a) => {
          if (!use(option)) return;
          // One token: each posting is an offer. A word of several: its pairs' gains summed per document first.
          const sums = option.tokens.length > 1 ? new Map<number, { gain: number; found: number }>() : null;
          // Rare tokens first: a common one only adds to documents already found.
          for (const token of [...option.tokens].sort((x, y) => Number(isCommon(x)) - Number(isCommon(y)))) {
            const list = this.postings.get(token);
            if (!list) continue;
            const idf = option.weight * this.idf(token);
            const finding = adding && (!isCommon(token) || option.tokens.every(isCommon));
            for (const p of list) {
              const doc = docOf(p);
              if (!finding && !isCandidate[doc] && !sums?.has(doc)) continue;
              const text = textOf(p);
              const g = idf * ((text * (K1 + 1)) / (text + K1 * (this.norms[doc] ?? 1)) + (titleOf(p) > 0 ? TITLE_WEIGHT : 0));
              if (!sums) {
                offer(doc, a, g, 1);
                continue;
              }
              const sum = sums.get(doc) ?? { gain: 0, found: 0 };
              sum.gain += g;
              sum.found += 1;
              sums.set(doc, sum);
            }
          }
          for (const [doc, sum] of sums ?? []) offer(doc, a, sum.gain, sum.found / option.tokens.length);
        });
      });
    };
    // Rare tokens find the candidates; tokens most documents contain only score those (unless nothing
    // rarer matched), which keeps a query's cost near the size of its answer, not of the index.
    score(true, (alt) => !alt.tokens.every(isCommon));
    score(candidateDocs.length === 0, (alt) => alt.tokens.every(isCommon));
    const weights = this.unitWeights(plan);
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    const candidates = candidateDocs
      .filter((doc) => !options.skip?.(this.entries[doc] as SearchEntry))
      .sort((x, y) => (raw[y] ?? 0) - (raw[x] ?? 0))
      .slice(0, CANDIDATES);
    const ranked = candidates
      .map((doc) => {
        const credit = plan.units.map(() => 0);
        plan.slots.forEach((slot, s) => {
          const a = (alts[s] as Int8Array)[doc] ?? -1;
          if (a < 0) return;
          const c = (slot.alternatives[a]?.credit ?? 0) * ((shares[s] as Float32Array)[doc] ?? 0);
          for (const u of slot.units) credit[u] = Math.max(credit[u] ?? 0, c);
        });
        const coverage = weights.reduce((sum, w, u) => sum + w * (credit[u] ?? 0), 0) / total;
        const entry = this.entries[doc] as SearchEntry;
        const standing = standingOf(entry, now);
        return { doc, entry, coverage, credit, standing, score: (raw[doc] ?? 0) * (0.4 + coverage ** 2) * standingFactor(standing) };
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
      titleCredit: titleCredit(plan, entry.title),
      standing,
      ...snippet(entry, highlightTokens),
    }));
  }
}

/** For each query unit, how much of it the title alone matches: each slot by its best alternative whose
 * tokens the title holds (a share of them for a word). */
function titleCredit(plan: QueryPlan, title: string): number[] {
  const tokens = new Set(indexTokens(title));
  const credit = plan.units.map(() => 0);
  for (const slot of plan.slots) {
    for (const alt of slot.alternatives) {
      const found = alt.tokens.filter((t) => tokens.has(t)).length;
      if (!found) continue;
      const c = (alt.credit * found) / alt.tokens.length;
      for (const u of slot.units) credit[u] = Math.max(credit[u] ?? 0, c);
    }
  }
  return credit;
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
