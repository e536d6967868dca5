import { useRouter } from '@tarojs/taro';
import { GuideLink } from '@/components/ui/guide-link';
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
      <GuideLink text="想要获取本局的文件、数据等政府信息？请看公开指南，按依申请公开办理。" />
    </Page>
  );
}
