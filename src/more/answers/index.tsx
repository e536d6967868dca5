import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { PublicAnswers } from '@/features/cases';
import { useElderMode } from '@/features/display';

export default function AnswersPage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '群众提问办理情况和答复公开', path: '/more/answers/index' }));
  return (
    <Page elder={elder}>
      <PublicAnswers />
    </Page>
  );
}
