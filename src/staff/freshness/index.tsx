import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { FreshnessReport } from '@/features/staff-freshness';

export default function StaffFreshnessPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <FreshnessReport />
    </Page>
  );
}
