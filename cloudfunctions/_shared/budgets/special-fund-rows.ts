// Special-fund allocations (专项资金): a unique allocation number, the purpose, the amount, who
// received it and when (a real day of the budget year), optionally the project it pays for.
import { isRealDay } from '#types/api/calendar-day';
import type { Allocation } from '#types/models/budget';
import type { BudgetRow } from './budget-csv-columns';
import { csvDay as dayOf } from '../csv/csv-day';
import { parseAmount } from './parse-amount';

export function specialFundRows(rows: BudgetRow[], year: number, errors: string[]): Allocation[] {
  const seen = new Set<string>();
  const out: Allocation[] = [];
  for (const row of rows) {
    const at = `第 ${row.line} 行`;
    const code = row.get('code');
    if (!code || seen.has(code)) { errors.push(`${at}：专项资金编号“${code}”${code ? '重复' : '不能为空'}`); continue; }
    seen.add(code);
    const amount = parseAmount(row.get('amount'));
    if (!amount.ok) { errors.push(`${at}：${amount.error}`); continue; }
    const date = dayOf(row.get('date'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDay(date) || Number(date.slice(0, 4)) !== year) { errors.push(`${at}：下达日期“${row.get('date')}”应为 ${year} 年内的日期，如 ${year}-03-15`); continue; }
    if (!row.get('recipient') || !row.get('name')) { errors.push(`${at}：专项资金须写明用款单位和用途`); continue; }
    out.push({ code, recipient: row.get('recipient'), amount: amount.amount, purpose: row.get('name'), date, projectId: row.get('project') || null, explanation: row.get('explanation') });
  }
  return out;
}
