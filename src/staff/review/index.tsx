import { useRouter } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useElderMode } from '@/features/display';
import { ReviewPanel } from '@/features/staff-content';

export default function StaffReviewPage() {
  const elder = useElderMode();
  const { params } = useRouter();
  return <Page elder={elder}>{params.revisionId ? <ReviewPanel revisionId={params.revisionId} /> : <EmptyState text="链接不完整" />}</Page>;
}
