import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { useMe } from '@/features/session';
import { PlacesPage } from '@/features/staff-places';

export default function StaffPlacesPage() {
  const elder = useElderMode();
  const { me } = useMe();
  return (
    <Page elder={elder}>
      <PlacesPage isAdmin={me?.roles.includes('admin') ?? false} />
    </Page>
  );
}
