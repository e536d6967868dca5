import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { ProposalDetail } from '@/features/about';
import { useElderMode } from '@/features/display';

export default function ProposalPage() {
  const elder = useElderMode();
  const id = useRouter().params.id ?? '';
  useShareAppMessage(() => ({ title: '建议提案办理结果', path: `/about/proposal/index?id=${id}` }));
  return <Page elder={elder}>{id ? <ProposalDetail id={id} /> : <EmptyState text="链接不完整，请从建议提案办理结果进入" />}</Page>;
}
