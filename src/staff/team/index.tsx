import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { TeamPage } from '@/features/staff-team';

export default function StaffTeamPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <TeamPage />
    </Page>
  );
}
