// Splits text into plain parts and glossary-term parts, longest term first, so 超限运输 wins over 超限.

export interface TermLike {
  term: string;
  aliases: string[];
  plain: string;
}

export interface TextPart {
  text: string;
  term?: TermLike;
}

export function splitByTerms(text: string, terms: TermLike[]): TextPart[] {
  const words = terms
    .flatMap((term) => [term.term, ...term.aliases].filter((w) => w.length >= 2).map((word) => ({ word, term })))
    .sort((a, b) => b.word.length - a.word.length);
  if (words.length === 0) return [{ text }];
  const parts: TextPart[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const hit = words.find(({ word }) => text.startsWith(word, i));
    if (hit) {
      if (plain) parts.push({ text: plain });
      plain = '';
      parts.push({ text: hit.word, term: hit.term });
      i += hit.word.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) parts.push({ text: plain });
  return parts;
}
