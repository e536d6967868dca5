import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { SendReports } from '@/features/notice-reports';

export default function StaffNoticesPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <SendReports />
    </Page>
  );
}
