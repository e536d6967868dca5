// A year's budget or final accounts from CSV: every row checked, every parent's children summed, both
// classifications' totals compared; any problem rejects the whole file, naming the line and the reason.
//
// Columns: section,code,name,amount,parent,explanation,project,recipient,date (amounts in 万元).
//   functional / economic: code 3, 5 or 7 digits of 功能分类 / 经济分类 (parent = code less 2 digits),
//     name, amount, explanation in plain words, project = published project ids (space separated).
//   three_public: code reception | vehicle_purchase | vehicle_operation | overseas_travel, amount.
//   special_fund: code (allocation number), name = purpose, amount, recipient, date (YYYY-MM-DD), project.
import {
  type Allocation, type BudgetContent, type BudgetLine, type BudgetType, ECONOMIC_CLASSES, FUNCTIONAL_CLASSES, THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS, type ThreePublicItem,
} from '#types/models/budget';
import { isRealDay } from '#types/api/calendar-day';
import { readCsv } from './read-csv';

export const BUDGET_CSV_HEADER = ['section', 'code', 'name', 'amount', 'parent', 'explanation', 'project', 'recipient', 'date'] as const;
const SECTIONS = ['functional', 'economic', 'three_public', 'special_fund'] as const;
const MAX_ERRORS = 10;

export type ParsedBudget = { ok: true; content: BudgetContent; total: number } | { ok: false; errors: string[] };

const cents = (amount: number): number => Math.round(amount * 100);
const yuan = (c: number): string => (c / 100).toFixed(2);

function parseAmount(text: string): number | null {
  return /^\d{1,12}(\.\d{1,2})?$/.test(text) ? Number(text) : null;
}

interface Row {
  line: number;
  get(column: (typeof BUDGET_CSV_HEADER)[number]): string;
}

function classified(rows: Row[], classes: Record<string, string>, label: string, errors: string[]): BudgetLine[] {
  const lines: (BudgetLine & { line: number })[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const code = row.get('code');
    const at = `第 ${row.line} 行`;
    if (!/^\d{3}(\d{2}){0,2}$/.test(code)) { errors.push(`${at}：${label}科目编码“${code}”应为 3、5 或 7 位数字`); continue; }
    if (!classes[code.slice(0, 3)]) { errors.push(`${at}：未知的${label}“${code}”`); continue; }
    if (seen.has(code)) { errors.push(`${at}：${label}科目“${code}”重复`); continue; }
    seen.add(code);
    const amount = parseAmount(row.get('amount'));
    if (amount === null) { errors.push(`${at}：金额“${row.get('amount')}”不是有效的数字（单位万元，最多两位小数）`); continue; }
    const expected = code.length > 3 ? code.slice(0, -2) : null;
    const given = row.get('parent') || null;
    if (given !== expected) { errors.push(`${at}：科目“${code}”的上级应为“${expected ?? '无'}”`); continue; }
    if (!row.get('name')) { errors.push(`${at}：缺少科目名称`); continue; }
    lines.push({ line: row.line, code, name: row.get('name'), amount, parent: expected, explanation: row.get('explanation'), projectIds: row.get('project').split(/[;；\s]+/).filter(Boolean) });
  }
  for (const l of lines) {
    if (l.parent && !seen.has(l.parent)) errors.push(`第 ${l.line} 行：上级科目“${l.parent}”不在文件里`);
    const children = lines.filter((c) => c.parent === l.code);
    if (!children.length) continue;
    const sum = children.reduce((t, c) => t + cents(c.amount), 0);
    if (sum !== cents(l.amount)) errors.push(`第 ${l.line} 行（${l.code} ${l.name}）：下级合计 ${yuan(sum)} 万元，与本行 ${yuan(cents(l.amount))} 万元不符`);
  }
  return lines.map(({ line: _line, ...rest }) => rest);
}

function threePublic(rows: Row[], errors: string[]): BudgetContent['threePublic'] {
  const out: Partial<BudgetContent['threePublic']> = {};
  for (const row of rows) {
    const code = row.get('code') as ThreePublicItem;
    const at = `第 ${row.line} 行`;
    if (!THREE_PUBLIC_ITEMS.includes(code)) { errors.push(`${at}：未知的三公经费项目“${code}”`); continue; }
    if (out[code]) { errors.push(`${at}：三公经费项目“${THREE_PUBLIC_LABELS[code]}”重复`); continue; }
    const amount = parseAmount(row.get('amount'));
    if (amount === null) { errors.push(`${at}：金额“${row.get('amount')}”不是有效的数字（单位万元，最多两位小数）`); continue; }
    out[code] = { amount, explanation: row.get('explanation') };
  }
  for (const item of THREE_PUBLIC_ITEMS) if (!out[item] && !errors.length) errors.push(`缺少三公经费项目：${THREE_PUBLIC_LABELS[item]}（没有支出请填 0）`);
  return out as BudgetContent['threePublic'];
}

function specialFunds(rows: Row[], year: number, errors: string[]): Allocation[] {
  const seen = new Set<string>();
  const out: Allocation[] = [];
  for (const row of rows) {
    const at = `第 ${row.line} 行`;
    const code = row.get('code');
    if (!code || seen.has(code)) { errors.push(`${at}：专项资金编号“${code}”${code ? '重复' : '不能为空'}`); continue; }
    seen.add(code);
    const amount = parseAmount(row.get('amount'));
    if (amount === null) { errors.push(`${at}：金额“${row.get('amount')}”不是有效的数字（单位万元，最多两位小数）`); continue; }
    const date = row.get('date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDay(date) || Number(date.slice(0, 4)) !== year) { errors.push(`${at}：下达日期“${date}”应为 ${year} 年内的日期，如 ${year}-03-15`); continue; }
    if (!row.get('recipient') || !row.get('name')) { errors.push(`${at}：专项资金须写明用款单位和用途`); continue; }
    out.push({ code, recipient: row.get('recipient'), amount, purpose: row.get('name'), date, projectId: row.get('project') || null, explanation: row.get('explanation') });
  }
  return out;
}

export function parseBudgetCsv(csv: string, year: number, type: BudgetType): ParsedBudget {
  const [head, ...body] = readCsv(csv);
  if (!head || head.cells.join(',') !== BUDGET_CSV_HEADER.join(',')) return { ok: false, errors: [`第 1 行应为表头：${BUDGET_CSV_HEADER.join(',')}`] };
  const errors: string[] = [];
  const bySection = new Map<string, Row[]>(SECTIONS.map((s) => [s, []]));
  for (const { line, cells } of body) {
    const row: Row = { line, get: (column) => cells[BUDGET_CSV_HEADER.indexOf(column)] ?? '' };
    const section = bySection.get(row.get('section'));
    if (section) section.push(row);
    else errors.push(`第 ${line} 行：未知的分类“${row.get('section')}”，应为 ${SECTIONS.join(' / ')}`);
  }
  const functional = classified(bySection.get('functional') ?? [], FUNCTIONAL_CLASSES, '功能分类', errors);
  const economic = classified(bySection.get('economic') ?? [], ECONOMIC_CLASSES, '经济分类', errors);
  const three = threePublic(bySection.get('three_public') ?? [], errors);
  const funds = specialFunds(bySection.get('special_fund') ?? [], year, errors);
  if (!functional.length || !economic.length) errors.push('文件须同时包含功能分类（functional）和经济分类（economic）的支出');
  const totalOf = (lines: BudgetLine[]): number => lines.filter((l) => !l.parent).reduce((t, l) => t + cents(l.amount), 0);
  if (!errors.length && totalOf(functional) !== totalOf(economic)) {
    errors.push(`功能分类合计 ${yuan(totalOf(functional))} 万元与经济分类合计 ${yuan(totalOf(economic))} 万元不一致`);
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, content: { year, type, functional, economic, threePublic: three, specialFunds: funds }, total: totalOf(functional) / 100 };
}
