import { Page } from '@/components/ui/page';
import { CaseQueue } from '@/features/cases';
import { useElderMode } from '@/features/display';
import { useMe } from '@/features/session';

export default function StaffCasesPage() {
  const elder = useElderMode();
  const { me } = useMe();
  return (
    <Page elder={elder}>
      <CaseQueue isAdmin={me?.roles.includes('admin') ?? false} />
    </Page>
  );
}
