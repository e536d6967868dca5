import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useElderMode } from '@/features/display';
import { NoticeDetail } from '@/features/notices';
import { useOpenSource } from '@/lib/use-open-source';

export default function NoticePage() {
  const elder = useElderMode();
  useOpenSource();
  const id = useRouter().params.id ?? '';
  useShareAppMessage(() => ({ title: '交通通知', path: `/pages/notice/index?id=${id}` }));
  useShareTimeline(() => ({ title: '交通通知', query: `id=${id}` }));
  return <Page elder={elder}>{id ? <NoticeDetail id={id} /> : <EmptyState text="链接不完整，请从通知中心进入" />}</Page>;
}
