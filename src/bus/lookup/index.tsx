import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { BusLookup } from '@/features/bus';
import { useElderMode } from '@/features/display';

export default function BusLookupPage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '城乡公交：几点有车、票价多少', path: '/bus/lookup/index' }));
  return (
    <Page elder={elder}>
      <BusLookup />
    </Page>
  );
}
