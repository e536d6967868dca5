import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { PolicyLibrary } from '@/features/policies';

export default function PoliciesPage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '交通政策文件库', path: '/pages/policies/index' }));
  return (
    <Page elder={elder}>
      <PolicyLibrary />
    </Page>
  );
}
