import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useElderMode } from '@/features/display';
import { ProjectDetail } from '@/features/projects';
import { useMe } from '@/features/session';
import { useOpenSource } from '@/lib/use-open-source';

export default function ProjectPage() {
  const elder = useElderMode();
  useOpenSource();
  const { params } = useRouter();
  const id = params.id ?? '';
  const { me } = useMe();
  useShareAppMessage(() => ({ title: '家门口的交通项目进展', path: `/pages/project/index?id=${id}` }));
  useShareTimeline(() => ({ title: '交通项目进展', query: `id=${id}` }));
  return <Page elder={elder}>{id ? <ProjectDetail id={id} isStaff={(me?.roles.length ?? 0) > 0} /> : <EmptyState text="链接不完整，请从项目列表进入" />}</Page>;
}
