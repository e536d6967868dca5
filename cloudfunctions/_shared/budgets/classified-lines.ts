// The lines of one classification (functional, or economic) from a budget CSV: each code well formed
// and in force for the year, once only, under its parent, with an amount; every parent equal to the
// sum of its children (and, for functional lines that give it, the same for 基本支出).
import { type Classification, classificationOf, CLASSIFICATION_LABELS, parentCodeOf } from '#types/models/budget-code';
import type { BudgetLine } from '#types/models/budget';
import type { BudgetColumn, BudgetRow } from './budget-csv-columns';
import type { CodeBook } from './budget-code-book';
import { cents, parseAmount, yuan } from './parse-amount';

export type LineKind = 'functional' | 'economic';
const LABEL: Record<LineKind, string> = { functional: '功能分类', economic: '经济分类' };
const SHAPE: Record<LineKind, string> = {
  functional: '应为 2 开头的 3、5 或 7 位数字（类、款、项）',
  economic: '应为 3 开头（部门预算支出经济分类）或 5 开头（政府预算支出经济分类）的 3 或 5 位数字',
};

export interface NumberedLine extends BudgetLine {
  line: number;
  classification: Classification;
}

const fits = (kind: LineKind, c: Classification | null): c is Classification => (kind === 'functional' ? c === 'functional' : c === 'economic_dept' || c === 'economic_gov');

function unknownCode(at: string, kind: LineKind, code: string, book: CodeBook): string {
  return `${at}：${LABEL[kind]}科目“${code}”不在 ${book.year} 年的政府收支分类科目里。请核对编码；如确是当年新设或改名的科目，请管理员在“导入预决算”页的“查询或补充科目”中为 ${book.year} 年添加（编码、名称）后重新导入`;
}

/** `columns`: the file's columns (whether 基本支出 / 项目支出 are given). */
export function classifiedLines(rows: BudgetRow[], kind: LineKind, book: CodeBook, columns: Set<BudgetColumn>, errors: string[]): NumberedLine[] {
  const lines: NumberedLine[] = [];
  const seen = new Set<string>();
  const errorsBefore = errors.length;
  const withBasic = kind === 'functional' && columns.has('basic');
  if (kind === 'functional' && columns.has('project_spend') && !columns.has('basic')) errors.push('有“项目支出”（project_spend）列时，也要有“基本支出”（basic）列');
  for (const row of rows) {
    const code = row.get('code');
    const at = `第 ${row.line} 行`;
    const classification = classificationOf(code);
    if (!fits(kind, classification)) { errors.push(`${at}：${LABEL[kind]}科目编码“${code}”${SHAPE[kind]}`); continue; }
    const known = book.nameOf(code);
    if (known === null) { errors.push(unknownCode(at, kind, code, book)); continue; }
    if (seen.has(code)) { errors.push(`${at}：${LABEL[kind]}科目“${code}”重复`); continue; }
    seen.add(code);
    const amount = parseAmount(row.get('amount'));
    if (!amount.ok) { errors.push(`${at}：${amount.error}`); continue; }
    const parent = parentCodeOf(code);
    const given = row.get('parent');
    if (given && given !== parent) { errors.push(`${at}：科目“${code}”的上级应为“${parent ?? '无'}”，不是“${given}”`); continue; }
    const line: NumberedLine = { line: row.line, classification, code, name: row.get('name') || known, amount: amount.amount, parent, explanation: row.get('explanation'), projectIds: row.get('project').split(/[;；,，\s]+/).filter(Boolean) };
    if (withBasic) {
      const basic = parseAmount(row.get('basic'), true);
      if (!basic.ok) { errors.push(`${at}：基本支出${basic.error}`); continue; }
      if (cents(basic.amount) > cents(amount.amount)) { errors.push(`${at}：基本支出 ${yuan(cents(basic.amount))} 万元大于本行合计 ${yuan(cents(amount.amount))} 万元`); continue; }
      if (columns.has('project_spend')) {
        const project = parseAmount(row.get('project_spend'), true);
        if (!project.ok) { errors.push(`${at}：项目支出${project.error}`); continue; }
        if (cents(basic.amount) + cents(project.amount) !== cents(amount.amount)) {
          errors.push(`${at}：基本支出 ${yuan(cents(basic.amount))} 加项目支出 ${yuan(cents(project.amount))} 不等于合计 ${yuan(cents(amount.amount))} 万元`);
          continue;
        }
      }
      line.basic = basic.amount;
    }
    lines.push(line);
  }
  const classes = new Set(lines.map((l) => l.classification));
  if (classes.size > 1) errors.push(`经济分类不能混用${[...classes].map((c) => CLASSIFICATION_LABELS[c]).join('和')}，请只用其中一种`);
  // Sums over lines with a line left out would only repeat the problem in other words.
  if (errors.length > errorsBefore) return lines;
  for (const l of lines) {
    if (l.parent && !seen.has(l.parent)) errors.push(`第 ${l.line} 行：上级科目“${l.parent}”不在文件里`);
    const children = lines.filter((c) => c.parent === l.code);
    if (!children.length) continue;
    const sum = children.reduce((t, c) => t + cents(c.amount), 0);
    if (sum !== cents(l.amount)) errors.push(`第 ${l.line} 行（${l.code} ${l.name}）：下级合计 ${yuan(sum)} 万元，与本行 ${yuan(cents(l.amount))} 万元不符`);
    if (!withBasic) continue;
    const basicSum = children.reduce((t, c) => t + cents(c.basic ?? 0), 0);
    if (basicSum !== cents(l.basic ?? 0)) errors.push(`第 ${l.line} 行（${l.code} ${l.name}）：下级基本支出合计 ${yuan(basicSum)} 万元，与本行基本支出 ${yuan(cents(l.basic ?? 0))} 万元不符`);
  }
  return lines;
}

/** The sum of the top lines, in cents. */
export const topTotal = (lines: BudgetLine[], part: (l: BudgetLine) => number = (l) => l.amount): number =>
  lines.filter((l) => !l.parent).reduce((t, l) => t + cents(part(l)), 0);
