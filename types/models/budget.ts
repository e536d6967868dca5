// Department budgets and final accounts (部门预决算): lines by functional and economic classification,
// the three public expenses (三公经费) and special-fund allocations, each with a plain explanation.
// One document per year and kind, written whole by an import that checks every total.
import type { ConfidentialityCheck } from './confidentiality';

export const BUDGET_COLLECTION = 'budgets';

export const BUDGET_TYPES = ['budget', 'final'] as const;
export type BudgetType = (typeof BUDGET_TYPES)[number];
export const BUDGET_TYPE_LABELS: Record<BudgetType, string> = { budget: '预算', final: '决算' };

export const budgetId = (year: number, type: BudgetType): string => `${year}-${type}`;

/**
 * What the economic classification breaks down: the whole total, or only 基本支出 (staff pay and the
 * running of the offices), as many published department budgets do; then its total is the
 * functional lines' 基本支出 total. Documents imported before this existed break down the whole.
 */
export const ECONOMIC_SCOPES = ['all', 'basic'] as const;
export type EconomicScope = (typeof ECONOMIC_SCOPES)[number];

/** Budget tables are a few hundred lines; this leaves room for long explanations. */
export const BUDGET_FILE_MAX_BYTES = 2 * 1024 * 1024;

/** How an imported file was read: as UTF-8, or as GB18030 (what Excel on Chinese Windows saves). */
export const BUDGET_FILE_ENCODINGS = ['utf-8', 'gb18030'] as const;
export type BudgetFileEncoding = (typeof BUDGET_FILE_ENCODINGS)[number];

export const THREE_PUBLIC_ITEMS = ['reception', 'vehicle_purchase', 'vehicle_operation', 'overseas_travel'] as const;
export type ThreePublicItem = (typeof THREE_PUBLIC_ITEMS)[number];
export const THREE_PUBLIC_LABELS: Record<ThreePublicItem, string> = {
  reception: '公务接待费',
  vehicle_purchase: '公务用车购置费',
  vehicle_operation: '公务用车运行维护费',
  overseas_travel: '因公出国（境）费',
};

export interface BudgetLine {
  code: string;
  name: string;
  /** 万元, two decimals. */
  amount: number;
  parent: string | null;
  explanation: string;
  projectIds: string[];
  /** Functional lines, when the file gives it: the 基本支出 part of `amount` (the rest is 项目支出). */
  basic?: number;
}

export interface Allocation {
  code: string;
  recipient: string;
  amount: number;
  purpose: string;
  date: string;
  projectId: string | null;
  explanation: string;
}

export interface BudgetContent {
  year: number;
  type: BudgetType;
  functional: BudgetLine[];
  economic: BudgetLine[];
  threePublic: Record<ThreePublicItem, { amount: number; explanation: string }>;
  specialFunds: Allocation[];
  /** Missing on documents imported before scopes existed: 'all'. */
  economicScope?: EconomicScope;
  /** The functional lines' 基本支出 total (万元) when the file gives it. */
  basicTotal?: number;
}

export interface BudgetDoc extends BudgetContent {
  _id: string;
  total: number;
  documents: { name: string; fileId: string }[];
  /** The uploaded CSV the figures were read from (null when pasted), and how it was decoded. */
  source?: { fileId: string | null; encoding: BudgetFileEncoding | null };
  importedAt: Date;
  importedBy: string;
  /** The 保密审查 it was published with (budgets imported before it was asked for have none). */
  confidentiality?: ConfidentialityCheck;
  /** The day (Beijing, 'YYYY-MM-DD') the finance bureau approved it (批复); older imports lack it. */
  approvedOn?: string | null;
}

/** 《预算法》第十四条: a department's budget and final accounts are published within 20 days (calendar days)
 * of the finance bureau's approval (批复). The freshness monitor counts from the recorded approval. */
export const BUDGET_PUBLISH_DAYS = 20;
/** Approvals recorded before (or with) the import: one settings document in `case_settings`. */
export const BUDGET_APPROVALS_ID = 'budget-approvals';
export interface BudgetApproval {
  approvedOn: string;
  /** Who recorded it (the freshness duty's owner unless an admin assigns another). */
  by: string;
  at: Date;
}
export interface BudgetApprovalsDoc {
  _id: typeof BUDGET_APPROVALS_ID;
  /** By budget id (`${year}-${type}`). */
  approvals: Record<string, BudgetApproval>;
}
