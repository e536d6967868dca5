// CSV text to rows of trimmed cells with the line each row starts on (csv-parse: quoted fields,
// doubled quotes, line breaks inside quotes as '\n', CRLF or LF). Rows with no content, such as the trailing
// ",,,,," rows Excel leaves, are skipped. A quoting mistake is reported with its line, in Chinese.
import { parse } from 'csv-parse/sync';

export interface CsvRow {
  line: number;
  cells: string[];
}

export type ReadCsv = { ok: true; rows: CsvRow[] } | { ok: false; error: string };

interface Parsed {
  record: string[];
  info: { lines: number };
}

const QUOTE_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '引号没有配对：以引号开头的格子要以引号结束',
  INVALID_OPENING_QUOTE: '引号位置不对：格子里的引号要写成两个（""），或整格用引号括起来',
  CSV_INVALID_CLOSING_QUOTE: '引号位置不对：右引号后面应紧跟逗号或换行',
};

const lineBreaks = (cell: string): number => cell.match(/\n/g)?.length ?? 0;

/** A file with no quote at all is split directly: the same rows, without csv-parse's cost per row (large 办件 files). */
function readUnquoted(text: string): ReadCsv {
  const rows: CsvRow[] = [];
  text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).forEach((physical, i) => {
    const cells = physical.split(',').map((c) => c.trim());
    if (cells.some((c) => c !== '')) rows.push({ line: i + 1, cells });
  });
  return { ok: true, rows };
}

export function readCsv(text: string): ReadCsv {
  if (!text.includes('"')) return readUnquoted(text);
  let parsed: Parsed[];
  try {
    // Line ends made '\n' first: csv-parse counts a CRLF inside quotes as two lines.
    parsed = parse(text.replace(/\r\n?/g, '\n'), { bom: true, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true }) as unknown as Parsed[];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const reason = (code && QUOTE_ERRORS[code]) ?? '不是有效的 CSV 格式';
    return { ok: false, error: lines ? `第 ${lines} 行：${reason}` : reason };
  }
  const rows: CsvRow[] = [];
  for (const { record, info } of parsed) {
    if (record.every((c) => c === '')) continue;
    // info.lines is the line the record ends on; a quoted cell may span several.
    rows.push({ line: info.lines - record.reduce((n, c) => n + lineBreaks(c), 0), cells: record });
  }
  return { ok: true, rows };
}
