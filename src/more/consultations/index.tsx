import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { ConsultationList } from '@/features/consultations';
import { useElderMode } from '@/features/display';

export default function ConsultationsPage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '交通运输局意见征集：你的意见会被逐条回复', path: '/more/consultations/index' }));
  return (
    <Page elder={elder}>
      <ConsultationList />
    </Page>
  );
}
