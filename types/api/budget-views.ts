// Budgets and final accounts as the client sees them.
import type { FileLink } from './file-views';
import type { Allocation, BudgetLine, BudgetType, EconomicScope, ThreePublicItem } from '../models/budget';

export interface BudgetYear {
  year: number;
  types: BudgetType[];
}

export interface BudgetView {
  year: number;
  type: BudgetType;
  total: number;
  /** The same kind's total a year earlier, for year on year; null when not published. */
  previousTotal: number | null;
  functional: BudgetLine[];
  economic: BudgetLine[];
  /** 'basic': the economic lines break down 基本支出 only (`basicTotal`), not the whole total. */
  economicScope: EconomicScope;
  /** The functional lines' 基本支出 total, when the import gave it. */
  basicTotal: number | null;
  threePublic: { item: ThreePublicItem; amount: number; explanation: string }[];
  /** 三公经费 totals of the same kind by year, oldest first (year on year). */
  threePublicByYear: { year: number; amounts: Record<ThreePublicItem, number> }[];
  specialFunds: Allocation[];
  /** Names of the projects the lines and special funds fund, by id, for links. */
  projects: Record<string, string>;
  documents: FileLink[];
}
