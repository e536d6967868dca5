// An in-memory inverted index over search entries, ranked by a BM25-style score on bigrams with
// titles weighted up, query expansion through synonyms, and a bonus for covering more of the query.
import type { SearchEntry } from '#types/models/search';
import { normalize, tokenize } from './tokenize';

export interface SearchHit {
  key: string;
  entry: SearchEntry;
  score: number;
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
const EXPANSION_WEIGHT = 0.7;
const QUESTION_WEIGHT = 0.2;
// How people phrase a question (怎么, 多少, 可以 …) says little about what they are asking about.
const QUESTION_BIGRAMS = new Set(['怎么', '么办', '么样', '什么', '么时', '时候', '多少', '哪些', '哪里', '可以', '能不', '不能', '是不', '不是', '如何', '请问', '为什', '么要', '需要', '要什', '有没', '没有']);
const SNIPPET_LENGTH = 60;

export class SearchIndex {
  private keys: string[] = [];
  private entries: SearchEntry[] = [];
  private lengths: number[] = [];
  private averageLength = 1;
  private postings = new Map<string, Posting[]>();
  private synonyms: string[][] = [];

  constructor(source: Map<string, SearchEntry>, synonyms: string[][]) {
    this.synonyms = synonyms.map((group) => group.map((w) => normalize(w).replace(/ /g, '')).filter(Boolean));
    for (const [key, entry] of source) this.add(key, entry);
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  get size(): number {
    return this.entries.length;
  }

  private add(key: string, entry: SearchEntry): void {
    const doc = this.entries.length;
    this.keys.push(key);
    this.entries.push(entry);
    const counts = new Map<string, Posting>();
    const bump = (token: string, field: 'title' | 'text'): void => {
      const posting = counts.get(token) ?? { doc, title: 0, text: 0 };
      posting[field] += 1;
      counts.set(token, posting);
    };
    for (const t of tokenize(entry.title)) bump(t, 'title');
    const textTokens = [...tokenize(entry.text), ...tokenize(entry.keywords ?? '')];
    for (const t of textTokens) bump(t, 'text');
    this.lengths.push(textTokens.length);
    for (const [token, posting] of counts) {
      const list = this.postings.get(token);
      if (list) list.push(posting);
      else this.postings.set(token, [posting]);
    }
  }

  /** Query tokens with weights: the query's own, then those its synonyms add. */
  private queryTokens(query: string): Map<string, number> {
    const weights = new Map<string, number>();
    for (const t of tokenize(query)) weights.set(t, QUESTION_BIGRAMS.has(t) ? QUESTION_WEIGHT : 1);
    const compact = normalize(query).replace(/ /g, '');
    for (const group of this.synonyms) {
      const matched = group.filter((word) => compact.includes(word));
      if (matched.length === 0) continue;
      // A synonym stands for one concept: spread its weight over its bigrams, so a long official
      // name (网络预约出租汽车, 7 bigrams) counts no more than the short word asked (网约车, 2).
      const asked = Math.max(...matched.map((word) => tokenize(word).length));
      for (const word of group) {
        const tokens = tokenize(word);
        const weight = (EXPANSION_WEIGHT * asked) / Math.max(asked, tokens.length);
        for (const t of tokens) if ((weights.get(t) ?? 0) < weight) weights.set(t, weight);
      }
    }
    return weights;
  }

  search(query: string, limit: number): SearchHit[] {
    const weights = this.queryTokens(query);
    // Coverage counts only the query's own content words that occur somewhere in the index:
    // bigrams spanning two words (施工怎, 怎么绕) match nothing and should not dilute it.
    const own = [...weights].filter(([t, w]) => w === 1 && this.postings.has(t)).length || 1;
    const scores = new Map<number, { score: number; covered: number }>();
    const n = this.entries.length;
    for (const [token, weight] of weights) {
      const list = this.postings.get(token);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const p of list) {
        const norm = 1 - 0.75 + (0.75 * (this.lengths[p.doc] ?? 0)) / this.averageLength;
        const tf = (p.text * (K1 + 1)) / (p.text + K1 * norm);
        const gain = weight * idf * (tf + (p.title > 0 ? TITLE_WEIGHT : 0));
        const current = scores.get(p.doc) ?? { score: 0, covered: 0 };
        current.score += gain;
        if (weight === 1) current.covered += 1;
        scores.set(p.doc, current);
      }
    }
    const ranked = [...scores.entries()]
      .map(([doc, s]) => ({ doc, score: s.score * (0.4 + Math.min(1, s.covered / own) ** 2) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
    return ranked.map(({ doc, score }) => {
      const entry = this.entries[doc] as SearchEntry;
      return { key: this.keys[doc] as string, entry, score, ...snippet(entry, weights) };
    });
  }
}

/** The window of the readable text (never the keywords) that contains most query tokens, with the matches
 * marked; the text's opening when the match was in the title or the keywords. */
function snippet(entry: SearchEntry, weights: Map<string, number>): { snippet: string; highlights: [number, number][] } {
  const text = entry.text;
  const lower = text.toLowerCase();
  const marks: [number, number][] = [];
  for (const token of weights.keys()) {
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
