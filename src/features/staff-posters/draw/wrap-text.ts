// Breaks text into lines that fit a width, for a canvas that cannot wrap: Chinese breaks between any two
// characters, a run of Latin letters and digits (a road code, a link) stays whole unless it alone is wider
// than the line, and a line never starts with closing punctuation.
export type Measure = (text: string, font: string) => number;

const NO_LINE_START = /^[，。、；：！？）》」』”’,.;:!?)\]]/;

function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9]+|[\s\S]/gu) ?? [];
}

export function wrapText(text: string, width: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens(text.replace(/\s+/g, ' ').trim())) {
    if (measure(line + token, font) <= width || NO_LINE_START.test(token)) {
      line += token;
      continue;
    }
    if (measure(token, font) > width) {
      // A link or number longer than a line: break it by character.
      for (const ch of token) {
        if (measure(line + ch, font) > width) push();
        line += ch;
      }
      continue;
    }
    push();
    line = token === ' ' ? '' : token;
  }
  push();
  return lines;
}
