// 三公经费 rows: the four items, each once, by key or by the Chinese name the national tables use. A
// blank amount is zero, as in the published tables. The tables' subtotal rows (公务用车购置及运行维护费)
// and total (合计) may be included; they are checked against the items, not stored.
import { type BudgetContent, THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS, type ThreePublicItem } from '#types/models/budget';
import { type BudgetRow, normalLabel } from './budget-csv-columns';
import { cents, parseAmount, yuan } from './parse-amount';

type Check = 'vehicle' | 'total';
const ITEM_NAMES: Record<ThreePublicItem | Check, string[]> = {
  reception: ['公务接待费'],
  vehicle_purchase: ['公务用车购置费'],
  vehicle_operation: ['公务用车运行维护费', '公务用车运行费'],
  overseas_travel: ['因公出国（境）费', '因公出国（境）费用', '因公出国费'],
  vehicle: ['公务用车购置及运行维护费', '公务用车购置及运行费'],
  total: ['合计', '三公经费合计', '小计'],
};
const BY_NAME = new Map(Object.entries(ITEM_NAMES).flatMap(([key, names]) => [key, ...names].map((n) => [normalLabel(n), key as ThreePublicItem | Check] as const)));
const CHECK_PARTS: Record<Check, readonly ThreePublicItem[]> = { vehicle: ['vehicle_purchase', 'vehicle_operation'], total: THREE_PUBLIC_ITEMS };
const CHECK_LABELS: Record<Check, string> = { vehicle: '公务用车购置及运行维护费', total: '三公经费合计' };

export function threePublicRows(rows: BudgetRow[], errors: string[]): BudgetContent['threePublic'] {
  const out: Partial<BudgetContent['threePublic']> = {};
  const checks: { line: number; check: Check; amount: number }[] = [];
  for (const row of rows) {
    const at = `第 ${row.line} 行`;
    const label = row.get('code') || row.get('name');
    const key = BY_NAME.get(normalLabel(label));
    if (!key) { errors.push(`${at}：未知的三公经费项目“${label}”，应为 ${THREE_PUBLIC_ITEMS.map((i) => `${i}（${THREE_PUBLIC_LABELS[i]}）`).join('、')}`); continue; }
    const amount = parseAmount(row.get('amount'), true);
    if (!amount.ok) { errors.push(`${at}：${amount.error}`); continue; }
    if (key === 'vehicle' || key === 'total') { checks.push({ line: row.line, check: key, amount: amount.amount }); continue; }
    if (out[key]) { errors.push(`${at}：三公经费项目“${THREE_PUBLIC_LABELS[key]}”重复`); continue; }
    out[key] = { amount: amount.amount, explanation: row.get('explanation') };
  }
  const missing = THREE_PUBLIC_ITEMS.filter((item) => !out[item]);
  if (!rows.length) errors.push('缺少三公经费（three_public）：四个项目都要列出，没有支出可填 0 或留空');
  else if (missing.length) errors.push(`缺少三公经费项目：${missing.map((i) => THREE_PUBLIC_LABELS[i]).join('、')}（没有支出可填 0 或留空）`);
  if (missing.length) return out as BudgetContent['threePublic'];
  for (const { line, check, amount } of checks) {
    const sum = CHECK_PARTS[check].reduce((t, i) => t + cents((out[i] as { amount: number }).amount), 0);
    if (sum !== cents(amount)) errors.push(`第 ${line} 行：${CHECK_LABELS[check]} ${yuan(cents(amount))} 万元，与各项之和 ${yuan(sum)} 万元不符`);
  }
  return out as BudgetContent['threePublic'];
}
