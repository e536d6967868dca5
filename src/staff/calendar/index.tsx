import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { useMe } from '@/features/session';
import { CalendarPage } from '@/features/staff-calendar';

export default function StaffCalendarPage() {
  const elder = useElderMode();
  const { me } = useMe();
  return (
    <Page elder={elder}>
      <CalendarPage isAdmin={me?.roles.includes('admin') ?? false} />
    </Page>
  );
}
