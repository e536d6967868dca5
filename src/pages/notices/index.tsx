import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { NoticeCentre } from '@/features/notices';

export default function NoticesPage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '交通通知：封路、公交调整、新政策', path: '/pages/notices/index' }));
  return (
    <Page elder={elder}>
      <NoticeCentre />
    </Page>
  );
}
