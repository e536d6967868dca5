import type { BudgetType } from '#types/models/budget';
import { call } from '@/lib/cloud';

export const fetchBudgetYears = () => call('public', 'listBudgetYears', {}, { retry: true });
export const fetchBudget = (year: number, type: BudgetType) => call('public', 'getBudget', { year, type }, { retry: true });
/** The whole file is checked and written at once, so a retry cannot import half of it. */
export const importBudget = (year: number, type: BudgetType, csv: string, replace: boolean) => call('staff', 'importBudget', { year, type, csv, replace });
