import { Page } from '@/components/ui/page';
import { BudgetImport } from '@/features/budgets';
import { useElderMode } from '@/features/display';
import { useMe } from '@/features/session';

export default function StaffBudgetImportPage() {
  const elder = useElderMode();
  const { me } = useMe();
  return (
    <Page elder={elder}>
      <BudgetImport isAdmin={me?.roles.includes('admin') ?? false} />
    </Page>
  );
}
