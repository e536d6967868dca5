// Chinese-aware tokens without a dictionary: overlapping character pairs (bigrams) inside runs of
// Chinese, whole words for runs of Latin letters and digits (G235, X012). A typo costs two bigrams,
// not the whole match, which is what makes colloquial and misspelt questions still land.

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/** Lower-case, full-width to half-width, punctuation and spaces become separators. */
export function normalize(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const run of normalize(text).split(' ')) {
    if (!run) continue;
    let cjk = '';
    let word = '';
    const flushCjk = (): void => {
      if (cjk.length === 1) tokens.push(cjk);
      for (let i = 0; i + 1 < cjk.length; i += 1) tokens.push(cjk.slice(i, i + 2));
      cjk = '';
    };
    const flushWord = (): void => {
      if (word) tokens.push(word);
      word = '';
    };
    for (const ch of run) {
      if (CJK.test(ch)) {
        flushWord();
        cjk += ch;
      } else {
        flushCjk();
        word += ch;
      }
    }
    flushCjk();
    flushWord();
  }
  return tokens;
}
