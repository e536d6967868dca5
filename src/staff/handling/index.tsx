import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { HandlingImport } from '@/features/staff-handling/handling-import';

export default function StaffHandlingPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <HandlingImport />
    </Page>
  );
}
