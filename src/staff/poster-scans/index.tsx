import Taro, { useRouter } from '@tarojs/taro';
import { Button } from '@tarojs/components';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { PosterScans } from '@/features/staff-posters';

export default function PosterScansPage() {
  const elder = useElderMode();
  const refId = useRouter().params.refId;
  return (
    <Page elder={elder}>
      <Button className="btn btn--primary" onClick={() => void Taro.navigateTo({ url: refId ? `/staff/poster/index?refId=${refId}` : '/staff/poster/index' })}>
        制作海报
      </Button>
      <PosterScans refId={refId || undefined} />
    </Page>
  );
}
