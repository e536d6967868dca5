import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { DecisionImport } from '@/features/dual-publicity/staff';
import { useMe } from '@/features/session';

export default function StaffDecisionImportPage() {
  const elder = useElderMode();
  const { me } = useMe();
  return (
    <Page elder={elder}>
      <DecisionImport isAdmin={me?.roles.includes('admin') ?? false} />
    </Page>
  );
}
