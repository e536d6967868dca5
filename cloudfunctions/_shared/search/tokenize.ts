// Chinese-aware tokens without a dictionary: overlapping character pairs (bigrams) inside runs of
// Chinese, whole words for runs of Latin letters and digits (G235, X012). A typo costs two bigrams,
// not the whole match, which is what makes colloquial and misspelt questions still land. The index
// also keeps every single character, which the query reaches for only where a pair finds nothing.

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/** Lower-case, full-width to half-width, punctuation and spaces become separators. */
export function normalize(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

export const isCjk = (ch: string): boolean => CJK.test(ch);

/** The text as runs: Chinese runs and Latin/digit words, in order. */
export function runs(text: string): { cjk: boolean; text: string }[] {
  const out: { cjk: boolean; text: string }[] = [];
  for (const part of normalize(text).split(' ')) {
    for (const ch of part) {
      const cjk = isCjk(ch);
      const last = out[out.length - 1];
      if (last && last.cjk === cjk && last.text !== ' ') last.text += ch;
      else out.push({ cjk, text: ch });
    }
    out.push({ cjk: false, text: ' ' });
  }
  return out.filter((r) => r.text !== ' ');
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const run of runs(text)) {
    if (!run.cjk) tokens.push(run.text);
    else if (run.text.length === 1) tokens.push(run.text);
    else for (let i = 0; i + 1 < run.text.length; i += 1) tokens.push(run.text.slice(i, i + 2));
  }
  return tokens;
}

/** What the index stores for a text: bigrams and words, and every Chinese character. */
export function indexTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of runs(text)) {
    if (!run.cjk) {
      tokens.push(run.text);
      continue;
    }
    const chars = [...run.text];
    chars.forEach((ch, i) => {
      tokens.push(ch);
      const next = chars[i + 1];
      if (next) tokens.push(ch + next);
    });
  }
  return tokens;
}
