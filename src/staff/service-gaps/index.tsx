import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { ServiceGapList } from '@/features/staff-content';

export default function StaffServiceGapsPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <ServiceGapList />
    </Page>
  );
}
