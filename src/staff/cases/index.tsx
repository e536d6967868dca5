import { Page } from '@/components/ui/page';
import { CaseQueue } from '@/features/cases';
import { useElderMode } from '@/features/display';

export default function StaffCasesPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <CaseQueue />
    </Page>
  );
}
