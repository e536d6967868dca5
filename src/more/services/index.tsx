import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { ServiceList } from '@/features/services';

export default function ServicesPage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '交通办事指南：要带什么、怎么办、去哪办', path: '/more/services/index' }));
  return (
    <Page elder={elder}>
      <ServiceList />
    </Page>
  );
}
