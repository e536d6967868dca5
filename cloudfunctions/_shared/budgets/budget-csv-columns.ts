// The columns and sections of a budget CSV, by their English keys or the Chinese headings a table
// exported from Excel carries (the header is read by csv/headed-rows); only section, code and amount are required.
import { type HeadedRow, type HeadedRows, headedRows, labelLookup, normalLabel } from '../csv/headed-rows';
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

const SECTION_BY_LABEL = labelLookup(SECTION_NAMES);
export { normalLabel };

export const sectionOf = (text: string): BudgetSection | null => SECTION_BY_LABEL.get(normalLabel(text)) ?? null;
export const SECTION_HINT = SECTIONS.map((s) => `${s}（${SECTION_NAMES[s][0]}）`).join('、');

export type BudgetRow = HeadedRow<BudgetColumn>;

export type BudgetRows = HeadedRows<BudgetColumn>;

/** Finds the header, maps every column, and gives each data row by column. */
export function budgetRows(csv: CsvRow[]): BudgetRows {
  const template = BUDGET_COLUMNS.slice(0, 9).join(',');
  return headedRows(csv, { columns: BUDGET_COLUMNS, required: REQUIRED, names: COLUMN_NAMES, template, chineseHint: '分类、科目编码、科目名称、金额' });
}
