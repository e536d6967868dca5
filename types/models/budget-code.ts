// The government revenue and expenditure classification (政府收支分类科目) budgets are filed under.
// The Ministry of Finance republishes it every year; the functions ship the national codes a transport
// bureau uses, and an admin adds or renames a code from a given year on (stored in `budget_codes`).
//
// A code's first digit says which classification it belongs to, its length its level:
//   2xx / 2xxxx / 2xxxxxx  支出功能分类 类 / 款 / 项
//   3xx / 3xxxx            部门预算支出经济分类 类 / 款
//   5xx / 5xxxx            政府预算支出经济分类 类 / 款
// Every code below 类 extends its parent by two digits.
export const BUDGET_CODE_COLLECTION = 'budget_codes';

export const CLASSIFICATIONS = ['functional', 'economic_dept', 'economic_gov'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  functional: '支出功能分类',
  economic_dept: '部门预算支出经济分类',
  economic_gov: '政府预算支出经济分类',
};

/** The classification a well-formed code belongs to, or null when it is not one. */
export function classificationOf(code: string): Classification | null {
  if (/^2\d{2}(\d{2}){0,2}$/.test(code)) return 'functional';
  if (/^3\d{2}(\d{2})?$/.test(code)) return 'economic_dept';
  if (/^5\d{2}(\d{2})?$/.test(code)) return 'economic_gov';
  return null;
}

export const parentCodeOf = (code: string): string | null => (code.length > 3 ? code.slice(0, -2) : null);

/** What a code must look like, in words, for messages. */
export const CODE_SHAPE_HINT = '功能分类为 2 开头的 3、5 或 7 位数字，部门经济分类为 3 开头、政府经济分类为 5 开头的 3 或 5 位数字';

/** An admin's addition or renaming, in force from `fromYear` until a later entry for the same code. */
export interface BudgetCodeEntry {
  code: string;
  name: string;
  fromYear: number;
}

export interface BudgetCodeDoc extends BudgetCodeEntry {
  /** `${fromYear}-${code}`. */
  _id: string;
  classification: Classification;
  updatedAt: Date;
  updatedBy: string;
}

export const budgetCodeId = (fromYear: number, code: string): string => `${fromYear}-${code}`;
