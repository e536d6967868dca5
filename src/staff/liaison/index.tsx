import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { StaffReminderList } from '@/features/staff-calendar';
import { LiaisonTasks } from '@/features/staff-posters';

export default function LiaisonPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <StaffReminderList />
      <LiaisonTasks />
    </Page>
  );
}
