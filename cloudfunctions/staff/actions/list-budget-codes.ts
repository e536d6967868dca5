// Any staff member: the classification codes a budget year's import accepts, national and entered.
import { staffApi } from '#types/api/staff';
import { loadCodeBook } from '../../_shared/budgets/load-code-book';
import { defineHandler } from '../../_shared/define-handler';

export const listBudgetCodes = defineHandler(staffApi.listBudgetCodes, ['editor', 'reviewer'], async ({ year }) => {
  const book = await loadCodeBook(year);
  return { year, edition: book.edition, items: book.views() };
});
