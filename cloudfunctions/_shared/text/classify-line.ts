// What kind of block one line of an original is, from how Chinese official documents number their
// parts: 第X章/节/编 and 一、 start sections, 第X条 an article, （一） (1) 1. 1、 ① a point.
import { ARTICLE_LABEL, type TextBlock } from '#types/models/content';

const HEADING = /^(第[一二三四五六七八九十百零〇\d]+[章节编]|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/;
/** A numbered 一、 line longer than this is a paragraph that happens to open a section, not a title. */
const HEADING_MAX = 60;
const ITEM = /^([（(]\s*(?:[一二三四五六七八九十]+|\d{1,3})\s*[）)]|\d{1,3}\s*[.．、](?!\d)|[①-⑳])/;
/** An article label followed by these is a reference (第五条规定的…, 第五条至第七条…), not the article itself. */
const NOT_ARTICLE = /^([，、的]|规定|所称|所列|所指|[至和及或]第)/;
/** The notes the service writes where the original had an image or other media (see media-note.ts). */
const NOTE = /^［(图片|视频|音频)/;

export type LineHint = 'heading' | 'item';

/** Whether a line already starts with a point number, so a list's own number is not added twice. */
export const startsAsItem = (text: string): boolean => ITEM.test(text);

export function classifyLine(text: string, hint?: LineHint): TextBlock {
  if (hint) return { kind: hint, text };
  if (NOTE.test(text)) return { kind: 'note', text };
  const article = ARTICLE_LABEL.exec(text);
  if (article && !NOT_ARTICLE.test(text.slice(article[0].length))) return { kind: 'article', text };
  if (HEADING.test(text) && text.length <= HEADING_MAX) return { kind: 'heading', text };
  if (ITEM.test(text)) return { kind: 'item', text };
  return { kind: 'paragraph', text };
}
