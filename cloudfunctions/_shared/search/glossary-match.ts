// The glossary term a query names, shown as one definition card above the results and never ranked
// among them: a term or one of its aliases written in the query, or (for names of three characters
// or more) sounding the same, so 经老卡 still finds 敬老卡.
import type { SearchEntry } from '#types/models/search';
import { soundOf } from './pinyin-key';
import type { SearchIndex } from './search-index';
import { normalize } from './tokenize';

interface Name {
  key: string;
  chars: string[];
  sounds: string[];
}

export interface NamedTerm {
  key: string;
  entry: SearchEntry;
  /** Where the name sits in the query's characters (spaces and punctuation removed): [start, end). */
  at: [number, number];
}

const namesOf = new WeakMap<SearchIndex, Name[]>();
const charsOf = (text: string): string[] => [...normalize(text).replace(/ /g, '')];

function names(index: SearchIndex): Name[] {
  let list = namesOf.get(index);
  if (!list) {
    list = index.ofKind('term').flatMap(([key, entry]) =>
      [entry.title, ...(entry.keywords ?? '').split(' ')].map(charsOf).filter((chars) => chars.length >= 2).map((chars) => ({ key, chars, sounds: chars.map(soundOf) })),
    );
    namesOf.set(index, list);
  }
  return list;
}

function find(haystack: string[], needle: string[]): number {
  for (let i = 0; i + needle.length <= haystack.length; i += 1) if (needle.every((x, k) => haystack[i + k] === x)) return i;
  return -1;
}

/** The term the query names (the longest name found), or null. */
export function namedTerm(index: SearchIndex, query: string): NamedTerm | null {
  const chars = charsOf(query);
  const sounds = chars.map(soundOf);
  let best: { name: Name; at: number } | null = null;
  for (const name of names(index)) {
    let at = find(chars, name.chars);
    if (at === -1 && name.chars.length >= 3) at = find(sounds, name.sounds);
    if (at !== -1 && (!best || name.chars.length > best.name.chars.length)) best = { name, at };
  }
  const entry = best ? index.entry(best.name.key) : undefined;
  return best && entry ? { key: best.name.key, entry, at: [best.at, best.at + best.name.chars.length] } : null;
}
