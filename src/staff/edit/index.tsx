import { useRouter } from '@tarojs/taro';
import { CONTENT_KINDS, type ContentKind } from '#types/models/revision';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useElderMode } from '@/features/display';
import { ContentEditor } from '@/features/staff-content';

export default function StaffEditPage() {
  const elder = useElderMode();
  const { params } = useRouter();
  const kind = (CONTENT_KINDS as readonly string[]).includes(params.kind ?? '') ? (params.kind as ContentKind) : null;
  return (
    <Page elder={elder}>
      {kind ? <ContentEditor kind={kind} revisionId={params.revisionId ?? null} targetId={params.targetId ?? null} prefill={params.projectId ? { projectId: params.projectId } : undefined} /> : <EmptyState text="链接不完整" />}
    </Page>
  );
}
