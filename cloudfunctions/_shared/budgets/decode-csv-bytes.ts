// A spreadsheet saved as CSV, from its bytes to text. Excel writes UTF-8 (with a BOM) when asked for
// "CSV UTF-8", and GBK (code page 936) when asked for plain "CSV" on Chinese Windows; nothing in the
// file says which. Strict UTF-8 is tried first (GBK text is almost never valid UTF-8), then GB18030
// (a superset of GBK). Whatever comes out must read as Chinese text, or the file is refused rather
// than published garbled.
import iconv from 'iconv-lite';
import type { BudgetFileEncoding as CsvEncoding } from '#types/models/budget';

export type DecodedCsv = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; error: string };

const SAVE_AS = '请在 Excel 中“另存为”，文件类型选“CSV UTF-8（逗号分隔）”，再重新选择文件';

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** Files that are not text at all, recognised by their first bytes. */
function notText(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return `这是 Excel 工作簿（.xlsx），不是 CSV 文件；${SAVE_AS}`;
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return `这是旧版 Excel 工作簿（.xls），不是 CSV 文件；${SAVE_AS}`;
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return `这是 PDF 文件，不是 CSV 文件；${SAVE_AS}`;
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return `文件是 UTF-16（“Unicode 文本”）编码；${SAVE_AS}`;
  if (bytes.subarray(0, 4096).includes(0)) return `文件里有二进制内容，不是 CSV 文本；${SAVE_AS}`;
  return null;
}

// Signs of text decoded with the wrong table: the replacement character, private-use code points,
// the classic "锟斤拷" (U+FFFD saved as GBK and read back), kana and box drawing (Big5 or Shift-JIS read
// as GBK), accented Latin letters (UTF-8 read as Latin-1), C1 controls.
const GARBLED = /[\uFFFD\uE000-\uF8FF\u3040-\u30FF\u2500-\u257F\uFE30-\uFE4F\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0080-\u009F]|锟斤拷|烫烫烫|屯屯屯/;
const HAN = /[\u4e00-\u9fff]/g;
/** Share of Han characters that must be among the 3,755 common ones (GB2312 level 1). */
const COMMON_SHARE = 0.6;
const MIN_HAN_FOR_SHARE = 8;
const HAN_SAMPLE = 20_000;

/** How many of these Han characters are GB2312 level 1 (GBK lead byte B0–D7, trail A1–FE). */
function commonHanCount(han: string[]): number {
  const inGbk = han.filter((c) => c <= '\u9fa5');
  const bytes = iconv.encode(inGbk.join(''), 'gbk');
  let common = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const lead = bytes[i] as number;
    const trail = bytes[i + 1] as number;
    if (lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1) common += 1;
  }
  return common;
}

/** A short piece of the text around its first garbled character, to show the person. */
function garbledSample(text: string): string | null {
  const at = text.search(GARBLED);
  if (at >= 0) return text.slice(Math.max(0, at - 4), at + 8).replace(/\s+/g, ' ');
  const han = (text.match(HAN) ?? []).slice(0, HAN_SAMPLE);
  if (han.length >= MIN_HAN_FOR_SHARE && commonHanCount(han) < han.length * COMMON_SHARE) {
    const firstRare = han.find((c) => commonHanCount([c]) === 0) ?? han[0] ?? '';
    const i = text.indexOf(firstRare);
    return text.slice(Math.max(0, i - 4), i + 8).replace(/\s+/g, ' ');
  }
  return null;
}

/** Text that reads as garbled gets a message saying so; null when it reads fine. */
export function garbledTextProblem(text: string, encoding: CsvEncoding | 'pasted'): string | null {
  const sample = garbledSample(text);
  if (sample === null) return null;
  if (encoding === 'gb18030') return `文件编码无法识别：既不是 UTF-8，按 GBK 读出来也是乱码（如“${sample}”）；${SAVE_AS}`;
  if (encoding === 'pasted') return `粘贴的内容里有乱码（如“${sample}”），请从原始表格重新复制，或直接选择文件`;
  return `文件里的文字是乱码（如“${sample}”），可能曾用错误的编码打开后又保存过；请从原始表格重新导出，${SAVE_AS.replace(/^请/, '')}`;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes.length === 0) return { ok: false, error: '文件是空的，请重新选择文件' };
  const refused = notText(bytes);
  if (refused) return { ok: false, error: refused };
  const bom = startsWith(bytes, 0xef, 0xbb, 0xbf);
  let text: string;
  let encoding: CsvEncoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    if (bom) return { ok: false, error: `文件开头标明是 UTF-8，但内容不是有效的 UTF-8；${SAVE_AS}` };
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
    encoding = 'gb18030';
  }
  const problem = garbledTextProblem(text, encoding);
  return problem ? { ok: false, error: problem } : { ok: true, text, encoding };
}
