// The table of rules that turn written text into what is said: each a pattern and what replaces it,
// applied in order (identifiers before ranges, ranges before times, amounts last). Every digit is
// spoken by the end; Chinese prose matches no rule. No lookbehind: older WeChat engines lack it.
import { digitByDigit, integerReading, numberReading } from './chinese-numerals';

export interface SpokenRule {
  /** What the rule is for, as a reviewer would name it. */
  name: string;
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
}

const NUMERAL = '零一二三四五六七八九十百千万亿两幺';
const DASH = '[~～〜—–－-]+';
const amount = (digits: string): string => integerReading(String(Number(digits)));
const phone = (...parts: string[]): string => parts.map((p) => digitByDigit(p, { yao: true })).join(' ');

/** Service hotlines said the way the bureau and the police announce them. */
export const HOTLINES: Record<string, string> = {
  '12328': '一二三二八',
  '12345': '一二三四五',
  '12306': '一二三零六',
  '12122': '一二一二二',
  '12319': '一二三一九',
  '110': '幺幺零',
  '119': '幺幺九',
  '120': '幺二零',
  '122': '幺二二',
};
const hotline = (digits: string): string => HOTLINES[digits] ?? digitByDigit(digits, { yao: true });

/** Road codes: a three-digit G/S road is a 国道/省道, X/Y/C roads are 县道/乡道/村道; expressways keep their letter. */
const ROAD_NAMES: Record<string, string> = { G: '国道', S: '省道', X: '县道', Y: '乡道', C: '村道' };
function roadReading(letter: string, digits: string, named: string): string {
  const name = ROAD_NAMES[letter] ?? '';
  const spoken = digitByDigit(digits, { yao: true });
  if (digits.length !== 3) return `${letter}${spoken}${named}`;
  return named === name ? `${spoken}${named}` : `${name}${spoken}${named}`;
}

/** Units written as symbols after a number, longest first. */
const UNITS: [string, string][] = [
  ['°C', '摄氏度'], ['km/h', '公里每小时'], ['km²', '平方公里'], ['km2', '平方公里'], ['km', '公里'], ['KM', '公里'], ['Km', '公里'],
  ['m²', '平方米'], ['m2', '平方米'], ['m³', '立方米'], ['m3', '立方米'], ['cm', '厘米'], ['mm', '毫米'], ['m', '米'],
  ['kg', '千克'], ['t', '吨'], ['T', '吨'], ['min', '分钟'], ['h', '小时'], ['kW', '千瓦'], ['kV', '千伏'],
];
const UNIT_WORDS: Record<string, string> = Object.fromEntries(UNITS);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const UNIT_PATTERN = new RegExp(`(\\d)\\s*(${UNITS.map(([u]) => escape(u)).join('|')})(?![A-Za-z\\d²³])`, 'g');

/** Symbols with one reading wherever they stand. */
const SYMBOLS: Record<string, string> = {
  '℃': '摄氏度', '㎡': '平方米', '㎞': '公里', '㎏': '千克', '㎥': '立方米', '㎜': '毫米', '㎝': '厘米',
  '≥': '大于等于', '≤': '小于等于', '≠': '不等于', '±': '正负', '~': '至', '～': '至', '〜': '至', '&': '和', '°': '度', '/': '、',
};

/** Latin abbreviations notices carry, said in Chinese. */
const ABBREVIATIONS: Record<string, string> = { Tel: '电话', TEL: '电话', tel: '电话', Fax: '传真', FAX: '传真', 'E-mail': '电子邮箱', Email: '电子邮箱', email: '电子邮箱', APP: '手机应用', App: '手机应用' };

/** A classifier after 2 makes it 两 (两辆车, 两天), as after 第 it stays 二 (第二天). */
const TWO_BEFORE = /^[千万亿个辆人天周次条座处项名家台件户位种趟批层吨公里小时]/;

// In order: written forms brought to one shape (full-width digits, 1,250, ¥, links dropped); list markers;
// identifiers read digit by digit (hotlines, phones, years, dates, road codes, stakes); units and percents;
// ranges (read 至) before clock times; codes of letters and digits; every amount left; symbols between
// spoken numbers; brackets heard as pauses.
export const SPOKEN_RULES: SpokenRule[] = [
  { name: 'full-width digits and letters', pattern: /[０-９Ａ-Ｚａ-ｚ％＋]/g, replace: (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0) },
  { name: 'thousands separators', pattern: /\d{1,3}(?:,\d{3})+(?![\d,])/g, replace: (m) => m.replace(/,/g, '') },
  { name: 'currency sign', pattern: /[¥￥]\s*(\d+(?:\.\d+)?)元?/g, replace: (_, n) => `${n}元` },
  { name: 'area code in brackets', pattern: /[（(](0\d{2,3})[)）]\s*(\d{7,8})(?!\d)/g, replace: (_, area, number) => `${area}-${number}` },
  { name: 'links', pattern: /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+/gi, replace: () => '' },
  {
    name: 'abbreviation',
    pattern: new RegExp(`(^|[^A-Za-z])(${Object.keys(ABBREVIATIONS).map(escape).join('|')})(?![A-Za-z])\\.?`, 'g'),
    replace: (_, before, word) => `${before}${ABBREVIATIONS[word] ?? word}`,
  },
  { name: 'numbered list marker', pattern: /^[ \t]*(\d{1,2})[.．、)）](?!\d)[ \t]*/gm, replace: (_, n) => `第${amount(n)}，` },
  { name: 'bracketed list marker', pattern: /^[ \t]*[（(](\d{1,2}|[一二三四五六七八九十]{1,3})[)）][ \t]*/gm, replace: (_, n) => `第${/\d/.test(n) ? amount(n) : n}，` },
  { name: 'circled number', pattern: /[①-⑳]/g, replace: (c) => `第${amount(String(c.charCodeAt(0) - 0x245f))}，` },
  { name: 'bullet', pattern: /^[ \t]*[•·▪●◆■*-][ \t]+/gm, replace: () => '' },
  { name: 'hotline', pattern: /(^|[^\d])(12328|12345|12306|12122|12319)(?!\d)/g, replace: (_, before, n) => `${before}${hotline(n)}` },
  { name: 'mobile number', pattern: /(^|[^\d])(1[3-9]\d)[-\s]?(\d{4})[-\s]?(\d{4})(?!\d)/g, replace: (_, before, a, b, c) => `${before}${phone(a, b, c)}` },
  { name: 'landline number', pattern: /(^|[^\d])(0\d{2,3})\s*[-－—]\s*(\d{7,8})(?!\d)/g, replace: (_, before, area, n) => `${before}${phone(area, n)}` },
  { name: '400 and 800 numbers', pattern: /(^|[^\d])([48]00)[-\s]?(\d{3})[-\s]?(\d{4})(?!\d)/g, replace: (_, before, a, b, c) => `${before}${phone(a, b, c)}` },
  { name: 'number after a phone word', pattern: /(拨打|电话|热线|报警|急救|求助|致电|手机|联系方式)([：:\s]*)(\d{3,12})(?!\d)/g, replace: (_, word, gap, n) => `${word}${gap}${hotline(n)}` },
  { name: 'document number year', pattern: /[〔［[]((?:19|20)\d{2})[〕］\]]/g, replace: (_, y) => `${digitByDigit(y)}年` },
  { name: 'year range', pattern: /((?:19|20)\d{2})\s*年?\s*[~～〜—–－-]+\s*((?:19|20)\d{2})(?=\s*年)/g, replace: (_, a, b) => `${digitByDigit(a)}年至${digitByDigit(b)}` },
  {
    name: 'numeric date',
    pattern: /(^|[^\d])((?:19|20)\d{2})[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])(?![\d.])/g,
    replace: (_, before, y, m, d) => `${before}${digitByDigit(y)}年${amount(m)}月${amount(d)}日`,
  },
  { name: 'numeric year and month', pattern: /(^|[^\d])((?:19|20)\d{2})[-/](0?[1-9]|1[0-2])(?![\d./-])/g, replace: (_, before, y, m) => `${before}${digitByDigit(y)}年${amount(m)}月` },
  { name: 'year', pattern: /((?:19|20)\d{2})(?=\s*年)/g, replace: (_, y) => digitByDigit(y) },
  {
    name: 'stake number',
    pattern: /(^|[^A-Za-z])K(\d+)\s*\+\s*(\d{1,3})(?!\d)/g,
    replace: (_, before, km, m) => `${before}${amount(km)}公里${Number(m) ? `${amount(m)}米` : ''}`,
  },
  { name: 'road code', pattern: /(^|[^A-Za-z])([GSXYC])(\d{1,4})(?!\d)(国道|省道|县道|乡道|村道)?/g, replace: (_, before, letter, digits, named = '') => `${before}${roadReading(letter, digits, named ?? '')}` },
  { name: 'below zero', pattern: /(^|[^\d])[-－−](\d+(?:\.\d+)?)(?=\s*(?:℃|°C))/g, replace: (_, before, n) => `${before}零下${n}` },
  { name: 'percent', pattern: /(\d+)(?:\.(\d+))?\s*[%％]/g, replace: (_, i, f) => `百分之${numberReading(String(Number(i)), f)}` },
  { name: 'per mille', pattern: /(\d+)(?:\.(\d+))?\s*‰/g, replace: (_, i, f) => `千分之${numberReading(String(Number(i)), f)}` },
  { name: 'unit per unit', pattern: /(元|吨|公里|千米|米|次|人|辆|个|件|台)\/(吨|次|人|辆|天|日|周|月|年|小时|公里|千米|米|平方米|立方米|轴|座|趟|台|件|公斤|千克|户|车|㎡|㎥)/g, replace: (_, a, b) => `${a}每${b}` },
  { name: 'unit symbol', pattern: UNIT_PATTERN, replace: (_, digit, unit) => `${digit}${UNIT_WORDS[unit] ?? unit}` },
  { name: 'number sign', pattern: /(?:№|No\.?|NO\.?)\s*(\d+)/g, replace: (_, n) => `第${amount(n)}号` },
  { name: 'range', pattern: new RegExp(`([\\d%‰#℃°㎡㎞㎏㎥㎜㎝日号点万亿千元米里吨天年月${NUMERAL}])[ \\t]*${DASH}[ \\t]*(?=[\\d${NUMERAL}]|次日|K\\d)`, 'g'), replace: (_, left) => `${left}至` },
  {
    name: 'clock time',
    pattern: /(^|[^\d])([01]?\d|2[0-4])[:：]([0-5]\d)(?::([0-5]\d))?(?!\d)/g,
    replace: (_, before, h, m, s) => {
      const hour = Number(h) === 2 ? '两' : amount(h);
      const minute = Number(m) === 0 ? '' : Number(m) === 30 && !s ? '半' : `${Number(m) < 10 ? '零' : ''}${amount(m)}分`;
      return `${before}${hour}点${minute}${s && Number(s) ? `${amount(s)}秒` : ''}`;
    },
  },
  { name: 'fraction', pattern: /(^|[^\d/])(\d+)\/(\d+)(?![\d/])/g, replace: (_, before, a, b) => `${before}${amount(b)}分之${amount(a)}` },
  { name: 'code of letters and digits', pattern: /([A-Za-z]+)(\d+)/g, replace: (_, letters, digits) => `${letters}${digitByDigit(digits)}` },
  { name: 'bus route', pattern: /(\d{3,})(?=路(?![段灯口面基线网况政费]))/g, replace: (n) => digitByDigit(n, { yao: true }) },
  {
    name: 'number',
    pattern: /(\d+)(?:\.(\d+))?/g,
    replace: (match, i, f, offset, whole) => {
      const at = Number(offset);
      const text = String(whole);
      const two = match === '2' && TWO_BEFORE.test(text.slice(at + 1)) && text[at - 1] !== '第';
      return two ? '两' : numberReading(i, f);
    },
  },
  // Symbols between spoken numbers, then everywhere; brackets are heard as pauses.
  { name: 'times sign', pattern: new RegExp(`([${NUMERAL}])[ \\t]*[×xX*][ \\t]*(?=[${NUMERAL}])`, 'g'), replace: (_, a) => `${a}乘` },
  { name: 'plus sign', pattern: new RegExp(`([${NUMERAL}])[ \\t]*\\+[ \\t]*(?=[${NUMERAL}])`, 'g'), replace: (_, a) => `${a}加` },
  { name: 'comparison', pattern: new RegExp(`[ \\t]*([<>＜＞=＝])[ \\t]*(?=[${NUMERAL}])`, 'g'), replace: (_, s) => ({ '<': '小于', '＜': '小于', '>': '大于', '＞': '大于' })[s as string] ?? '等于' },
  { name: 'number sign after a number', pattern: new RegExp(`([${NUMERAL}])#`, 'g'), replace: (_, a) => `${a}号` },
  { name: 'symbol', pattern: new RegExp(`[${Object.keys(SYMBOLS).map(escape).join('')}]`, 'g'), replace: (s) => SYMBOLS[s] ?? s },
  { name: 'bracket', pattern: /[（(【［[〔）)】］\]〕]/g, replace: () => '，' },
];

/** Tidying after the rules, repeated until nothing changes: doubled pauses, pauses at a line's start, spaces. */
export const TIDY_RULES: SpokenRule[] = [
  { name: 'spaces', pattern: /[ \t\u3000]{2,}/g, replace: () => ' ' },
  { name: 'spaces at punctuation', pattern: /[ \t\u3000]*([，。；：！？、])[ \t\u3000]*/g, replace: (_, p) => p },
  { name: 'comma before a stop', pattern: /，+([，。；：！？、])/g, replace: (_, p) => p },
  { name: 'comma after a stop', pattern: /([。；：！？、])，+/g, replace: (_, p) => p },
  { name: 'pause at a line start', pattern: /^[ \t\u3000]*[，、；。]+/gm, replace: () => '' },
  { name: 'bullet at a line start', pattern: /^[ \t]*[•·▪●◆■*-][ \t]+/gm, replace: () => '' },
  { name: 'spaces around 至', pattern: /[ \t\u3000]+至|至[ \t\u3000]+/g, replace: () => '至' },
  { name: 'spaces at a line start', pattern: /^[ \t\u3000]+/gm, replace: () => '' },
  { name: 'trailing spaces', pattern: /[ \t\u3000]+$/gm, replace: () => '' },
];
