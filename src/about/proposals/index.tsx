import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { ProposalList } from '@/features/about';
import { useElderMode } from '@/features/display';

export default function ProposalsPage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '交通运输局建议提案办理结果', path: '/about/proposals/index' }));
  return (
    <Page elder={elder}>
      <ProposalList />
    </Page>
  );
}
