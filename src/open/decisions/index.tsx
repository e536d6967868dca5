import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { DecisionList } from '@/features/dual-publicity';

export default function DecisionsPage() {
  const elder = useElderMode();
  const kind = useRouter().params.kind === 'penalty' ? 'penalty' : 'licence';
  useShareAppMessage(() => ({ title: '双公示：行政许可和行政处罚决定', path: '/open/decisions/index' }));
  return (
    <Page elder={elder}>
      <DecisionList initialKind={kind} />
    </Page>
  );
}
