import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useElderMode } from '@/features/display';
import { DecisionDetail } from '@/features/dual-publicity';

export default function DecisionPage() {
  const elder = useElderMode();
  const id = useRouter().params.id ?? '';
  useShareAppMessage(() => ({ title: '双公示', path: `/open/decision/index?id=${id}` }));
  return <Page elder={elder}>{id ? <DecisionDetail id={id} /> : <EmptyState text="链接不完整，请从双公示列表进入" />}</Page>;
}
