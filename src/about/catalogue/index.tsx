import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { CatalogueBrowser } from '@/features/about';
import { useElderMode } from '@/features/display';

export default function CataloguePage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '交通运输局政府信息公开目录', path: '/about/catalogue/index' }));
  return (
    <Page elder={elder}>
      <CatalogueBrowser />
    </Page>
  );
}
