import { useRouter } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useBureauName } from '@/features/about/bureau-name';
import { useElderMode } from '@/features/display';
import { BroadcastView } from '@/features/notices/broadcast';

export default function BroadcastPage() {
  const elder = useElderMode();
  const id = useRouter().params.id ?? '';
  const bureau = useBureauName();
  return <Page elder={elder}>{id ? <BroadcastView id={id} bureau={bureau} /> : <EmptyState text="链接不完整，请从通知页进入" />}</Page>;
}
