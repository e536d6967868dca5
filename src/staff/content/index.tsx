import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { StaffReminderList } from '@/features/staff-calendar';
import { RevisionList } from '@/features/staff-content';

export default function StaffContentPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <StaffReminderList />
      <RevisionList />
    </Page>
  );
}
