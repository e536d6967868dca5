// A query broken into what it asks about. Each unit (a Chinese character, or a Latin/digit word) is
// a content unit or a function unit (question words and particles: 多长时间, 怎么办, 吗 …), which weigh
// little. Slots are what a document can match, each scored by its best alternative: a pair of content
// characters (exactly, or with one character known only by its sound or its look), a lone character where no known
// pair covers it, a word, or an everyday word together with its synonyms. Each slot names the query
// units it stands for, so coverage can be measured per unit.
import { runs, tokenize } from './tokenize';

/** How people phrase a question (question words, particles, pronouns, 那条/这个 and the like) says little
 * about what they ask about. Longest first. */
const QUESTION_PHRASES = [
  '多长时间', '多少时间', '可不可以', '能不能', '是不是', '有没有', '要不要', '会不会', '行不行', '怎么办', '怎么样', '为什么', '什么样',
  '多久', '多少', '怎么', '怎样', '咋办', '咋整', '咋弄', '如何', '什么', '哪里', '哪儿', '哪个', '哪些', '请问', '能否', '是否', '为啥', '可以', '需要', '一下', '我们', '我家', '时候',
  '俺们', '咱们', '那个', '这个', '那条', '这条', '那座', '这座', '那些', '这些',
  '啥', '咋', '吗', '呢', '吧', '呀', '啊', '嘛', '哦', '的', '了', '谁', '哪', '么', '我', '你', '俺', '咱', '想', '几',
].map((p) => [...p]);

export const QUESTION_WEIGHT = 0.2;
export const SOUND_WEIGHT = 0.6;
export const UNIGRAM_WEIGHT = 0.35;
export const EXPANSION_WEIGHT = 0.7;
const SOUND_CREDIT = 0.8;
const UNIGRAM_CREDIT = 0.25;
const EXPANSION_CREDIT = 0.8;

export interface Alternative {
  /** Matched together: the alternative's gain is the sum of its tokens' (a word is its pairs). */
  tokens: string[];
  weight: number;
  /** How much of each of the slot's units a full match by this alternative covers (0–1); a partial
   * match covers the share of its tokens found. */
  credit: number;
}

export interface Slot {
  alternatives: Alternative[];
  units: number[];
}

export interface QueryPlan {
  /** Units in order: a Chinese character or a Latin/digit word. */
  units: string[];
  /** Whether each unit is a question word or particle. */
  function: boolean[];
  slots: Slot[];
}

function functionMask(chars: string[]): boolean[] {
  const mask = chars.map(() => false);
  for (let i = 0; i < chars.length; ) {
    const phrase = QUESTION_PHRASES.find((p) => p.every((ch, k) => chars[i + k] === ch));
    if (!phrase) {
      i += 1;
      continue;
    }
    for (let k = 0; k < phrase.length; k += 1) mask[i + k] = true;
    i += phrase.length;
  }
  return mask;
}

const one = (token: string, weight: number, credit: number): Alternative => ({ tokens: [token], weight, credit });

export interface Vocabulary {
  /** Whether a token occurs anywhere in the index (lone characters are tried only where no known pair covers them). */
  known(token: string): boolean;
  /** Known pairs differing from a + b in one character, by its sound or its look: tried for a pair the index does not know. */
  alike(a: string, b: string): string[];
}

/** @param synonyms groups of words meaning the same, normalized, no word in two groups */
export function planQuery(query: string, vocabulary: Vocabulary, synonyms: string[][]): QueryPlan {
  const units: string[] = [];
  const fn: boolean[] = [];
  const slots: Slot[] = [];
  for (const run of runs(query)) {
    const start = units.length;
    if (!run.cjk) {
      units.push(run.text);
      fn.push(false);
      slots.push({ alternatives: [one(run.text, 1, 1)], units: [start] });
      continue;
    }
    const chars = [...run.text];
    const mask = functionMask(chars);
    units.push(...chars);
    fn.push(...mask);
    // Everyday words with synonyms: one slot per word asked, matched by the word or any synonym.
    const inWord = chars.map(() => false);
    for (const group of synonyms) {
      for (const word of group) {
        const at = run.text.indexOf(word);
        if (at === -1) continue;
        const offset = [...run.text.slice(0, at)].length;
        const length = [...word].length;
        for (let k = 0; k < length; k += 1) inWord[offset + k] = true;
        const asked = tokenize(word).length;
        slots.push({
          alternatives: group.map((w) => {
            const tokens = tokenize(w);
            return w === word ? { tokens, weight: 1, credit: 1 } : { tokens, weight: (EXPANSION_WEIGHT * asked) / Math.max(asked, tokens.length), credit: EXPANSION_CREDIT };
          }),
          units: Array.from({ length }, (_, k) => start + offset + k),
        });
      }
    }
    const pairedKnown = chars.map((_, i) => inWord[i] === true);
    for (let i = 0; i + 1 < chars.length; i += 1) {
      const a = chars[i] as string;
      const b = chars[i + 1] as string;
      if (inWord[i] && inWord[i + 1]) continue;
      if (mask[i] || mask[i + 1]) {
        slots.push({ alternatives: [one(a + b, QUESTION_WEIGHT, 0)], units: [] });
        continue;
      }
      const known = vocabulary.known(a + b);
      if (known) pairedKnown[i] = pairedKnown[i + 1] = true;
      slots.push({
        alternatives: [one(a + b, 1, 1), ...(known ? [] : vocabulary.alike(a, b).map((token) => one(token, SOUND_WEIGHT, SOUND_CREDIT)))],
        units: [start + i, start + i + 1],
      });
    }
    chars.forEach((ch, i) => {
      if (mask[i] || pairedKnown[i]) return;
      const alone = chars.length === 1 || ((mask[i - 1] ?? true) && (mask[i + 1] ?? true));
      slots.push({ alternatives: [alone ? one(ch, 1, 1) : one(ch, UNIGRAM_WEIGHT, UNIGRAM_CREDIT)], units: [start + i] });
    });
  }
  return { units, function: fn, slots };
}
