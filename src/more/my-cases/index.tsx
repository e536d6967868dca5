import { Page } from '@/components/ui/page';
import { MyCases } from '@/features/cases';
import { useElderMode } from '@/features/display';

export default function MyCasesPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <MyCases />
    </Page>
  );
}
