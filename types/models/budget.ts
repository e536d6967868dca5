// Department budgets and final accounts (部门预决算): lines by functional and economic classification,
// the three public expenses (三公经费) and special-fund allocations, each with a plain explanation.
// One document per year and kind, written whole by an import that checks every total.

export const BUDGET_COLLECTION = 'budgets';

export const BUDGET_TYPES = ['budget', 'final'] as const;
export type BudgetType = (typeof BUDGET_TYPES)[number];
export const BUDGET_TYPE_LABELS: Record<BudgetType, string> = { budget: '预算', final: '决算' };

export const budgetId = (year: number, type: BudgetType): string => `${year}-${type}`;

/** Top-level classes the import accepts (功能分类 类 / 经济分类 类); deeper codes extend them. */
export const FUNCTIONAL_CLASSES: Record<string, string> = {
  '201': '一般公共服务支出',
  '208': '社会保障和就业支出',
  '210': '卫生健康支出',
  '212': '城乡社区支出',
  '213': '农林水支出',
  '214': '交通运输支出',
  '221': '住房保障支出',
  '224': '灾害防治及应急管理支出',
  '229': '其他支出',
};
export const ECONOMIC_CLASSES: Record<string, string> = {
  '301': '工资福利支出',
  '302': '商品和服务支出',
  '303': '对个人和家庭的补助',
  '307': '债务利息及费用支出',
  '309': '资本性支出（基本建设）',
  '310': '资本性支出',
  '312': '对企业补助',
  '399': '其他支出',
};

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
}

export interface BudgetDoc extends BudgetContent {
  _id: string;
  total: number;
  documents: { name: string; fileId: string }[];
  importedAt: Date;
  importedBy: string;
}
