// Importing budgets: the answer to an import, and the classification codes an admin keeps current
// (listed for any staff member, added or renamed by an admin from a year on).
import * as v from 'valibot';
import { type Classification, classificationOf, CODE_SHAPE_HINT } from '../models/budget-code';
import type { BudgetFileEncoding, EconomicScope } from '../models/budget';
import { defineAction } from './action';
import { fieldCheck } from './field-check';
import { line } from './text-rule';

export interface BudgetImportResult {
  id: string;
  /** 万元. */
  total: number;
  lines: number;
  /** How the uploaded file was read; null for pasted text. */
  encoding: BudgetFileEncoding | null;
  economicScope: EconomicScope;
}

export interface BudgetCodeView {
  code: string;
  name: string;
  classification: Classification;
  /** 'national': shipped with the functions; 'entered': an admin's addition or renaming. */
  origin: 'national' | 'entered';
  /** For entered codes: the year the entry applies from. */
  fromYear: number | null;
}

export const budgetYear = v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100));

/** An import names exactly one source: the uploaded file (the usual way) or pasted CSV text. */
export const hasOneSource = (input: { fileId?: string; csv?: string }): boolean => (input.fileId === undefined) !== (input.csv === undefined);
export const ONE_SOURCE_MESSAGE = '请选择要导入的 CSV 文件（或粘贴 CSV 内容，二者选一）';

export const budgetCodesApi = {
  /** The codes in force for a budget year: national ones and an admin's, by code. */
  listBudgetCodes: defineAction<{ year: number; edition: string; items: BudgetCodeView[] }>()(v.strictObject({ year: budgetYear })),
  /** Admins: adds a code, or renames one, from `year` on (its parent must already be known). Audited. */
  saveBudgetCode: defineAction<BudgetCodeView>()(
    v.strictObject({
      year: budgetYear,
      code: v.pipe(v.string(), v.trim(), fieldCheck((code: string) => classificationOf(code) !== null, `不是有效的科目编码：${CODE_SHAPE_HINT}`)),
      name: line(40),
    }),
  ),
};
