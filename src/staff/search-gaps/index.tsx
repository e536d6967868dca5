import { Text } from '@tarojs/components';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { SearchGapList } from '@/features/search';

export default function StaffSearchGapsPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <Text className="section__title">群众搜了却没找到答案的问题（按周）</Text>
      <SearchGapList />
    </Page>
  );
}
