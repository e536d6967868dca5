// A year's budget or final accounts from CSV text: every row checked against the classification in
// force for the year, every parent's children summed, the classifications' totals compared; any
// problem rejects the whole file, naming the line and the reason (the first few problems).
//
// Columns (English keys or Chinese headings, any order; see budget-csv-columns.ts):
//   section, code, amount required; name, parent, explanation, project, recipient, date, basic, project_spend.
// Sections:
//   functional: 支出功能分类 codes (类 3 / 款 5 / 项 7 digits); `basic` (基本支出) may be given per line.
//   economic: 经济分类 of the whole total (部门 3xx or 政府 5xx codes, 类 / 款), or
//   economic_basic: 经济分类 of 基本支出 only; its total must equal the functional lines' 基本支出.
//   three_public: the four items (blank = 0); special_fund: allocations.
// Amounts in 万元, two decimals at most, thousands separators allowed.
import { cleanLine, hasNoRefusedCharacter } from '#types/api/text-rule';
import type { BudgetContent, BudgetLine, BudgetType, EconomicScope } from '#types/models/budget';
import { type BudgetRow, type BudgetSection, budgetRows, SECTION_HINT, SECTIONS, sectionOf } from './budget-csv-columns';
import type { CodeBook } from './budget-code-book';
import { classifiedLines, type NumberedLine, topTotal } from './classified-lines';
import { yuan } from './parse-amount';
import { readCsv } from './read-csv';
import { specialFundRows } from './special-fund-rows';
import { threePublicRows } from './three-public-rows';

const MAX_ERRORS = 10;
const MAX_ROWS = 1000;
const TEXT_LIMITS = { name: 60, explanation: 500, recipient: 60 } as const;

export type ParsedBudget = { ok: true; content: BudgetContent; total: number } | { ok: false; errors: string[] };

/** Text cells cleaned by the one text rule; a cell the rule refuses, or too long, is an error. */
function textProblem(row: BudgetRow): string | null {
  for (const [column, max] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
    const text = row.get(column);
    if (!hasNoRefusedCharacter(text)) return `第 ${row.line} 行：${column} 含有控制字符或残缺的字符，请删除后重试`;
    if (text.length > max) return `第 ${row.line} 行：${column} 最多 ${max} 个字`;
  }
  return null;
}

const strip = (lines: NumberedLine[]): BudgetLine[] => lines.map(({ line: _line, classification: _c, ...rest }) => rest);

export function parseBudgetCsv(csv: string, year: number, type: BudgetType, book: CodeBook): ParsedBudget {
  const read = readCsv(csv);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const table = budgetRows(read.rows);
  if (!table.ok) return { ok: false, errors: table.errors.slice(0, MAX_ERRORS) };
  if (table.rows.length > MAX_ROWS) return { ok: false, errors: [`文件有 ${table.rows.length} 行，最多 ${MAX_ROWS} 行`] };
  const errors: string[] = [];
  const bySection = new Map<BudgetSection, BudgetRow[]>(SECTIONS.map((s) => [s, []]));
  for (const raw of table.rows) {
    const row: BudgetRow = { line: raw.line, get: (column) => cleanLine(raw.get(column)).trim() };
    const section = sectionOf(row.get('section'));
    const problem = textProblem(row);
    if (!section) errors.push(`第 ${row.line} 行：未知的分类“${row.get('section')}”，应为 ${SECTION_HINT}`);
    else if (problem) errors.push(problem);
    else bySection.get(section)?.push(row);
  }
  const rowsOf = (s: BudgetSection): BudgetRow[] => bySection.get(s) ?? [];
  const functional = classifiedLines(rowsOf('functional'), 'functional', book, table.columns, errors);
  const scope: EconomicScope = rowsOf('economic_basic').length ? 'basic' : 'all';
  if (rowsOf('economic').length && rowsOf('economic_basic').length) errors.push('经济分类只能有一种：全部支出（economic）或只列基本支出（economic_basic），不能两种都有');
  const economic = classifiedLines(rowsOf(scope === 'basic' ? 'economic_basic' : 'economic'), 'economic', book, table.columns, errors);
  const threePublic = threePublicRows(rowsOf('three_public'), errors);
  const specialFunds = specialFundRows(rowsOf('special_fund'), year, errors);
  if (!functional.length || !economic.length) errors.push('文件须同时包含功能分类（functional）和经济分类（economic，或只列基本支出的 economic_basic）的支出');
  const withBasic = table.columns.has('basic');
  if (scope === 'basic' && !withBasic) errors.push('经济分类只列基本支出（economic_basic）时，功能分类须有“基本支出”（basic）列，用来核对合计');
  const total = topTotal(functional);
  const basicTotal = withBasic ? topTotal(functional, (l) => l.basic ?? 0) : null;
  if (!errors.length) {
    const economicTotal = topTotal(economic);
    if (scope === 'all' && total !== economicTotal) errors.push(`功能分类合计 ${yuan(total)} 万元与经济分类合计 ${yuan(economicTotal)} 万元不一致`);
    if (scope === 'basic' && basicTotal !== economicTotal) errors.push(`功能分类的基本支出合计 ${yuan(basicTotal ?? 0)} 万元与经济分类（基本支出）合计 ${yuan(economicTotal)} 万元不一致`);
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const content: BudgetContent = { year, type, functional: strip(functional), economic: strip(economic), threePublic, specialFunds, economicScope: scope };
  if (basicTotal !== null) content.basicTotal = basicTotal / 100;
  return { ok: true, content, total: total / 100 };
}
