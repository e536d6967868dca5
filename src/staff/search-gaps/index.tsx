import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { SearchGapList } from '@/features/search';

export default function StaffSearchGapsPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <SearchGapList />
    </Page>
  );
}
