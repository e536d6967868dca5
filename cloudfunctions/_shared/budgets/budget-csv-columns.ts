// The columns and sections of a budget CSV, by their English keys or the Chinese headings a table
// exported from Excel carries. The header row may follow a few title rows (表名、单位：万元); columns
// may come in any order; only section, code and amount are required.
import type { CsvRow } from './read-csv';

export const BUDGET_COLUMNS = ['section', 'code', 'name', 'amount', 'parent', 'explanation', 'project', 'recipient', 'date', 'basic', 'project_spend'] as const;
export type BudgetColumn = (typeof BUDGET_COLUMNS)[number];
const REQUIRED: readonly BudgetColumn[] = ['section', 'code', 'amount'];

const COLUMN_NAMES: Record<BudgetColumn, string[]> = {
  section: ['分类', '部分', '表'],
  code: ['科目编码', '编码', '编号'],
  name: ['科目名称', '名称', '用途'],
  amount: ['金额', '合计', '总计'],
  parent: ['上级编码', '上级科目'],
  explanation: ['说明', '解释'],
  project: ['项目编号', '项目'],
  recipient: ['用款单位'],
  date: ['下达日期', '日期'],
  basic: ['基本支出'],
  project_spend: ['项目支出'],
};

export const SECTIONS = ['functional', 'economic', 'economic_basic', 'three_public', 'special_fund'] as const;
export type BudgetSection = (typeof SECTIONS)[number];
const SECTION_NAMES: Record<BudgetSection, string[]> = {
  functional: ['功能分类', '支出功能分类'],
  economic: ['经济分类', '支出经济分类'],
  economic_basic: ['经济分类（基本支出）', '基本支出经济分类', '基本支出'],
  three_public: ['三公经费', '三公'],
  special_fund: ['专项资金'],
};

/** Headings compared without spaces, with ASCII brackets as Chinese ones and a unit suffix dropped. */
export const normalLabel = (text: string): string =>
  text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/（(万元|元)）$/, '').toLowerCase();

const lookup = <K extends string>(names: Record<K, string[]>): Map<string, K> =>
  new Map(Object.entries<string[]>(names).flatMap(([key, labels]) => [key, ...labels].map((label) => [normalLabel(label), key as K] as const)));
const COLUMN_BY_LABEL = lookup(COLUMN_NAMES);
const SECTION_BY_LABEL = lookup(SECTION_NAMES);

export const sectionOf = (text: string): BudgetSection | null => SECTION_BY_LABEL.get(normalLabel(text)) ?? null;
export const SECTION_HINT = SECTIONS.map((s) => `${s}（${SECTION_NAMES[s][0]}）`).join('、');

export interface BudgetRow {
  line: number;
  get(column: BudgetColumn): string;
}

export type BudgetRows = { ok: true; columns: Set<BudgetColumn>; rows: BudgetRow[] } | { ok: false; errors: string[] };

const HEADER_SEARCH_ROWS = 5;
/** An amount like 26,994.47 written without quotes lands in two cells: "26" and "994.47". */
const splitNumber = (cells: string[]): boolean => cells.some((c, i) => /^\d{1,3}$/.test(c) && /^\d{3}(\.\d{1,2})?$/.test(cells[i + 1] ?? ''));
const isHeader = (row: CsvRow): boolean => row.cells.filter((c) => COLUMN_BY_LABEL.has(normalLabel(c))).length >= REQUIRED.length;

/** Finds the header, maps every column, and gives each data row by column. */
export function budgetRows(csv: CsvRow[]): BudgetRows {
  const at = csv.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeader);
  const template = BUDGET_COLUMNS.slice(0, 9).join(',');
  if (at < 0) return { ok: false, errors: [`找不到表头：第 1 行应为表头，如 ${template}（也可用中文列名：分类、科目编码、科目名称、金额…）`] };
  const head = csv[at] as CsvRow;
  const errors: string[] = [];
  const index = new Map<BudgetColumn, number>();
  head.cells.forEach((cell, i) => {
    if (cell === '') return;
    const column = COLUMN_BY_LABEL.get(normalLabel(cell));
    if (!column) errors.push(`第 ${head.line} 行：不认识的列“${cell}”；可用的列：${BUDGET_COLUMNS.join(',')}`);
    else if (index.has(column)) errors.push(`第 ${head.line} 行：列“${cell}”重复`);
    else index.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length) errors.push(`第 ${head.line} 行：表头缺少列 ${missing.join('、')}`);
  if (errors.length) return { ok: false, errors };
  const width = head.cells.length;
  const rows: BudgetRow[] = [];
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
