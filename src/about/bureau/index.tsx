import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { BureauInfo } from '@/features/about';
import { useElderMode } from '@/features/display';

export default function BureauPage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '交通运输局机构信息', path: '/about/bureau/index' }));
  return (
    <Page elder={elder}>
      <BureauInfo />
    </Page>
  );
}
