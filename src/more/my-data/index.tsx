import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { MyData } from '@/features/personal-data/components/my-data';

export default function MyDataPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <MyData />
    </Page>
  );
}
