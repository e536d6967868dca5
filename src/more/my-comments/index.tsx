import { Page } from '@/components/ui/page';
import { MyComments } from '@/features/consultations';
import { useElderMode } from '@/features/display';

export default function MyCommentsPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <MyComments />
    </Page>
  );
}
