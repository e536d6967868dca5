import { Page } from '@/components/ui/page';
import { BudgetImport } from '@/features/budgets';
import { useElderMode } from '@/features/display';

export default function StaffBudgetImportPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <BudgetImport />
    </Page>
  );
}
