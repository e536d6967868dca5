export { BudgetExplorer } from './components/budget-explorer';
export { BudgetImport } from './components/budget-import';
