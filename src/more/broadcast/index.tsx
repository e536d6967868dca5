import { useRouter } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useElderMode } from '@/features/display';
import { BroadcastView } from '@/features/notices/broadcast';

export default function BroadcastPage() {
  const elder = useElderMode();
  const id = useRouter().params.id ?? '';
  return <Page elder={elder}>{id ? <BroadcastView id={id} /> : <EmptyState text="链接不完整，请从通知页进入" />}</Page>;
}
