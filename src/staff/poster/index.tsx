import { useRouter } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { PosterMaker } from '@/features/staff-posters';

export default function PosterPage() {
  const elder = useElderMode();
  const { refId, id } = useRouter().params;
  return (
    <Page elder={elder}>
      <PosterMaker refId={refId || undefined} posterId={id || undefined} />
    </Page>
  );
}
