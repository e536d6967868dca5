// Amounts in a budget CSV: 万元 with at most two decimals, thousands separators allowed as Excel
// writes them ("26,994.47"). Sums are kept in cents (分 of 万元) so they add up exactly.
const AMOUNT = /^(\d{1,3}(,\d{3})+|\d{1,12})(\.\d{1,2})?$/;

export const cents = (amount: number): number => Math.round(amount * 100);
export const yuan = (c: number): string => (c / 100).toFixed(2);

export type Amount = { ok: true; amount: number } | { ok: false; error: string };

/** `blankIsZero`: where the national tables leave a cell empty for nothing spent (三公, 基本支出). */
export function parseAmount(text: string, blankIsZero = false): Amount {
  if (text === '') return blankIsZero ? { ok: true, amount: 0 } : { ok: false, error: '金额不能为空（没有支出请填 0）' };
  if (AMOUNT.test(text)) return { ok: true, amount: Number(text.replace(/,/g, '')) };
  const reason = /^-/.test(text) ? '不能是负数' : /\.\d{3,}$/.test(text) ? '最多两位小数' : /,/.test(text) ? '千位分隔逗号的位置不对' : '应为数字';
  return { ok: false, error: `金额“${text}”${reason}（单位万元，如 26994.47 或 26,994.47）` };
}
