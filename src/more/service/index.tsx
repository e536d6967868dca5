import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useElderMode } from '@/features/display';
import { ServiceDetail } from '@/features/services';
import { useOpenSource } from '@/lib/use-open-source';

export default function ServicePage() {
  const elder = useElderMode();
  useOpenSource();
  const id = useRouter().params.id ?? '';
  useShareAppMessage(() => ({ title: '办事指南', path: `/more/service/index?id=${id}` }));
  useShareTimeline(() => ({ title: '办事指南', query: `id=${id}` }));
  return <Page elder={elder}>{id ? <ServiceDetail id={id} /> : <EmptyState text="链接不完整，请从办事指南进入" />}</Page>;
}
