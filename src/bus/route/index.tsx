import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { BusRouteDetail } from '@/features/bus';
import { useElderMode } from '@/features/display';

export default function BusRoutePage() {
  const elder = useElderMode();
  const id = useRouter().params.id ?? '';
  useShareAppMessage(() => ({ title: '城乡公交线路', path: `/bus/route/index?id=${id}` }));
  useShareTimeline(() => ({ title: '城乡公交线路', query: `id=${id}` }));
  return <Page elder={elder}>{id ? <BusRouteDetail id={id} /> : <EmptyState text="链接不完整，请从城乡公交进入" />}</Page>;
}
