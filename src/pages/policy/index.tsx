import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useElderMode } from '@/features/display';
import { POLICY_TABS, PolicyDetail, type PolicyTab } from '@/features/policies';
import { useOpenSource } from '@/lib/use-open-source';

export default function PolicyPage() {
  const elder = useElderMode();
  useOpenSource();
  const { params } = useRouter();
  const id = params.id ?? '';
  const tab = (params.tab && params.tab in POLICY_TABS ? params.tab : 'explainer') as PolicyTab;
  // A shared card or a Moments post opens this exact policy (Moments opens it read-only).
  useShareAppMessage(() => ({ title: '这项交通政策和你有关，点开看解读', path: `/pages/policy/index?id=${id}` }));
  useShareTimeline(() => ({ title: '交通政策解读', query: `id=${id}` }));
  return <Page elder={elder}>{id ? <PolicyDetail id={id} initialTab={tab} /> : <EmptyState text="链接不完整，请从政策列表进入" />}</Page>;
}
