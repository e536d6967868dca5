// The few plain points a village-board poster prints: sentences taken in order from what the item already
// says plainly (a policy's explainer first, then its summary or body), numbering stripped, repeats dropped,
// each cut to fit one or two printed lines.
import { POSTER_POINT_CHARS, POSTER_POINTS_MAX } from '../models/poster';

const SENTENCE_END = /[。！？；!?;\n]+/;
const NUMBERING = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．)]|[•·\-—*])\s*/;

function cut(text: string): string {
  const chars = [...text];
  return chars.length <= POSTER_POINT_CHARS ? text : `${chars.slice(0, POSTER_POINT_CHARS - 1).join('')}…`;
}

export function posterPoints(sources: readonly string[], max = POSTER_POINTS_MAX): string[] {
  const points: string[] = [];
  for (const source of sources) {
    for (const piece of source.split(SENTENCE_END)) {
      const text = piece.replace(NUMBERING, '').replace(/\s+/g, ' ').trim();
      if ([...text].length < 4 || points.includes(cut(text))) continue;
      points.push(cut(text));
      if (points.length >= max) return points;
    }
  }
  return points;
}
