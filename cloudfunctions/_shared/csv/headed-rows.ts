// A CSV table with a header row: the header may follow a few title rows (表名、单位：万元), columns come
// by their English keys or the Chinese headings a spreadsheet carries, in any order. Unknown, repeated
// or missing required columns, and rows with more cells than the header, are errors naming the line.
import type { CsvRow } from '../budgets/read-csv';

export interface HeaderSpec<C extends string> {
  columns: readonly C[];
  required: readonly C[];
  /** Chinese headings accepted for each column, besides its key. */
  names: Record<C, string[]>;
  /** What to show when no header is found, e.g. "section,code,name,amount". */
  template: string;
  /** Chinese headings to mention in that message. */
  chineseHint: string;
}

export interface HeadedRow<C extends string> {
  line: number;
  get(column: C): string;
}

export type HeadedRows<C extends string> = { ok: true; columns: Set<C>; rows: HeadedRow<C>[] } | { ok: false; errors: string[] };

/** Headings compared without spaces, with ASCII brackets as Chinese ones and a unit suffix dropped. */
export const normalLabel = (text: string): string =>
  text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/（(万元|元)）$/, '').toLowerCase();

/** Each key and each of its labels, normalised, to the key. */
export const labelLookup = <K extends string>(names: Record<K, string[]>): Map<string, K> =>
  new Map(Object.entries<string[]>(names).flatMap(([key, labels]) => [key, ...labels].map((label) => [normalLabel(label), key as K] as const)));

const HEADER_SEARCH_ROWS = 5;
/** An amount like 26,994.47 written without quotes lands in two cells: "26" and "994.47". */
const splitNumber = (cells: string[]): boolean => cells.some((c, i) => /^\d{1,3}$/.test(c) && /^\d{3}(\.\d{1,2})?$/.test(cells[i + 1] ?? ''));

/** Finds the header, maps every column, and gives each data row by column. */
export function headedRows<C extends string>(csv: CsvRow[], spec: HeaderSpec<C>): HeadedRows<C> {
  const byLabel = labelLookup(spec.names);
  const isHeader = (row: CsvRow): boolean => row.cells.filter((c) => byLabel.has(normalLabel(c))).length >= spec.required.length;
  const at = csv.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeader);
  if (at < 0) return { ok: false, errors: [`找不到表头：第 1 行应为表头，如 ${spec.template}（也可用中文列名：${spec.chineseHint}…）`] };
  const head = csv[at] as CsvRow;
  const errors: string[] = [];
  const index = new Map<C, number>();
  head.cells.forEach((cell, i) => {
    if (cell === '') return;
    const column = byLabel.get(normalLabel(cell));
    if (!column) errors.push(`第 ${head.line} 行：不认识的列“${cell}”；可用的列：${spec.columns.join(',')}`);
    else if (index.has(column)) errors.push(`第 ${head.line} 行：列“${cell}”重复`);
    else index.set(column, i);
  });
  const missing = spec.required.filter((c) => !index.has(c));
  if (missing.length) errors.push(`第 ${head.line} 行：表头缺少列 ${missing.join('、')}`);
  if (errors.length) return { ok: false, errors };
  const width = head.cells.length;
  const rows: HeadedRow<C>[] = [];
  for (const { line, cells } of csv.slice(at + 1)) {
    const extra = cells.length - width;
    if (extra > 0 && (splitNumber(cells) || cells.slice(width).some((c) => c !== ''))) {
      const hint = splitNumber(cells) ? '金额里的千位分隔逗号（如 26,994.47）要整格加英文双引号，写成 "26,994.47"；Excel 另存为 CSV 时会自动加' : '格子里有英文逗号时，要整格加英文双引号';
      errors.push(`第 ${line} 行比表头多出 ${extra} 格：${hint}`);
      continue;
    }
    rows.push({ line, get: (column) => cells[index.get(column) ?? -1] ?? '' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, columns: new Set(index.keys()), rows };
}
