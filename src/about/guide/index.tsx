import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { DisclosureGuide } from '@/features/about';
import { useElderMode } from '@/features/display';

export default function GuidePage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '交通运输局政府信息公开指南', path: '/about/guide/index' }));
  return (
    <Page elder={elder}>
      <DisclosureGuide />
    </Page>
  );
}
