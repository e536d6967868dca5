// The one rule for text people type and the service stores, shared by the functions and the
// browser-side editors:
// - stripped (paste debris, invisible, never meaningful): zero-width characters U+200B–U+200D,
//   U+2060, U+FEFF and the invisible direction marks U+200E, U+200F, U+061C; other line breaks
//   (carriage return, Word's manual line break U+000B, page break U+000C, U+0085, U+2028, U+2029)
//   become a newline; in one-line fields tabs and newlines become a space.
// - refused (never typed; they hide or reorder what staff and citizens read, or break the encoding):
//   control characters other than tab and newline, bidi embeddings, overrides and isolates
//   U+202A–U+202E and U+2066–U+2069, and lone UTF-16 surrogates.
// Identifiers, phone numbers, dates and file ids are not text: their own formats refuse all of these.
import * as v from 'valibot';
import { fieldCheck } from './field-check';

const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u061C]/g;
const REFUSED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// Pairs are kept whole; whatever surrogate is left over is lone. (No lookbehind: older WeChat engines lack it.)
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const SURROGATE = /[\uD800-\uDFFF]/;

/** Text that may span lines: invisible characters dropped, line ends as '\n'. */
export const cleanProse = (text: string): string => text.replace(INVISIBLE, '').replace(/\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g, '\n');

/** One line: as prose, with tabs and line breaks folded into spaces. */
export const cleanLine = (text: string): string => cleanProse(text).replace(/[\t\n]+/g, ' ');

/** After cleaning, whether the text has nothing the rule refuses. */
export const hasNoRefusedCharacter = (text: string): boolean => text.search(REFUSED) === -1 && !SURROGATE.test(text.replace(SURROGATE_PAIR, ''));

const REFUSED_MESSAGE = '含有控制字符、方向控制符或残缺的字符，请删除后重试';

/** A one-line field (a title, a name, an address): `min` 0 allows empty. */
export const line = (max: number, min = 1) =>
  v.pipe(v.string(), v.transform(cleanLine), v.trim(), fieldCheck(hasNoRefusedCharacter, REFUSED_MESSAGE), v.minLength(min), v.maxLength(max));

/** A field that may span lines (a question, a reply, a body). */
export const prose = (max: number, min = 1) =>
  v.pipe(v.string(), v.transform(cleanProse), v.trim(), fieldCheck(hasNoRefusedCharacter, REFUSED_MESSAGE), v.minLength(min), v.maxLength(max));

/** For text stored outside a schema: cleaned as prose, with what the rule refuses dropped instead. */
export const stripRefused = (text: string): string =>
  cleanProse(text)
    .replace(REFUSED, '')
    .replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (unit) => (unit.length === 2 ? unit : ''));
