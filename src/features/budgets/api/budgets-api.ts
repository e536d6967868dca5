import type { InputOf } from '#types/api/action';
import type { StaffApi } from '#types/api/staff';
import type { BudgetType } from '#types/models/budget';
import { call } from '@/lib/cloud';

export const fetchBudgetYears = () => call('public', 'listBudgetYears', {}, { retry: true });
export const fetchBudget = (year: number, type: BudgetType) => call('public', 'getBudget', { year, type }, { retry: true });
/** The whole file is checked and written at once, so a retry cannot import half of it. */
export const importBudget = (input: InputOf<StaffApi['importBudget']>) => call('staff', 'importBudget', input);
export const fetchBudgetCodes = (year: number) => call('staff', 'listBudgetCodes', { year }, { retry: true });
export const saveBudgetCode = (year: number, code: string, name: string) => call('staff', 'saveBudgetCode', { year, code, name });
/** Recording the same day again changes nothing, so a retry is safe. */
export const recordBudgetApproval = (year: number, type: BudgetType, approvedOn: string) => call('staff', 'recordBudgetApproval', { year, type, approvedOn }, { retry: true });
