import { useRouter } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useElderMode } from '@/features/display';
import { SmsLinks } from '@/features/staff-reach';

export default function SmsLinksPage() {
  const elder = useElderMode();
  const refId = useRouter().params.refId ?? '';
  return <Page elder={elder}>{refId ? <SmsLinks refId={refId} /> : <EmptyState text="请从通知发送记录进入" />}</Page>;
}
