// Text as a reader sees it: HTML white space rules, plus the CJK rule browsers follow for the line
// breaks Word's HTML export puts inside Chinese sentences (a break between two wide characters
// disappears instead of becoming a space). Characters the text rule refuses are dropped here, so an
// entity such as &#x202E; cannot bring them back.
import { stripControl } from './strip-control';

const WIDE = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF';
const BREAK_BETWEEN_WIDE = new RegExp(`([${WIDE}])[ \\t]*[\\r\\n][ \\t\\r\\n]*(?=[${WIDE}])`, 'g');

export function collapseSpace(raw: string): string {
  return stripControl(raw).replace(BREAK_BETWEEN_WIDE, '$1').replace(/\s+/g, ' ').trim();
}
