import { Text } from '@tarojs/components';
import { Page } from '@/components/ui/page';
import { MyComments } from '@/features/consultations';
import { useElderMode } from '@/features/display';
import { MyRegistrations } from '@/features/meetings';

export default function MyCommentsPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <MyComments />
      <Text className="section__title">我的报名（线下意见征集会）</Text>
      <MyRegistrations />
    </Page>
  );
}
