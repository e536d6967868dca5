import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { ReportEditor } from '@/features/annual-report';

export default function StaffAnnualReportPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <ReportEditor />
    </Page>
  );
}
