import { useRouter } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { GlossaryList } from '@/features/glossary';

export default function GlossaryPage() {
  const elder = useElderMode();
  const { params } = useRouter();
  return (
    <Page elder={elder}>
      <GlossaryList focusId={params.id ?? null} />
    </Page>
  );
}
