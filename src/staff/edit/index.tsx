import { useRouter } from '@tarojs/taro';
import { CONTENT_KINDS, type ContentKind } from '#types/models/revision';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useElderMode } from '@/features/display';
import { ContentEditor } from '@/features/staff-content';

/** Fields a link may fill in a new item: the project of an update, the question people searched for. */
function prefillOf(params: Record<string, string | undefined>): Record<string, string> | undefined {
  if (params.projectId) return { projectId: params.projectId };
  if (params.question) return { question: decodeURIComponent(params.question) };
  return undefined;
}

export default function StaffEditPage() {
  const elder = useElderMode();
  const { params } = useRouter();
  const kind = (CONTENT_KINDS as readonly string[]).includes(params.kind ?? '') ? (params.kind as ContentKind) : null;
  return (
    <Page elder={elder}>
      {kind ? <ContentEditor kind={kind} revisionId={params.revisionId ?? null} targetId={params.targetId ?? null} prefill={prefillOf(params)} /> : <EmptyState text="链接不完整" />}
    </Page>
  );
}
