import { useRouter } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { AskForm } from '@/features/cases';
import { useElderMode } from '@/features/display';

const KINDS = ['policy', 'qa', 'project', 'service', 'notice', 'budget'] as const;

export default function AskPage() {
  const elder = useElderMode();
  const { params } = useRouter();
  const kind = KINDS.find((k) => k === params.kind);
  const related = kind && params.id ? { kind, id: params.id, title: decodeURIComponent(params.title ?? '') } : null;
  return (
    <Page elder={elder}>
      <AskForm related={related} initialText={decodeURIComponent(params.q ?? '')} />
    </Page>
  );
}
