import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { BusRouteImport } from '@/features/staff-bus-import/bus-route-import';

export default function StaffBusImportPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <BusRouteImport />
    </Page>
  );
}
