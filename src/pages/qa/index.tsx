import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { QaBrowser } from '@/features/qa';

export default function QaPage() {
  const elder = useElderMode();
  const { params } = useRouter();
  const id = params.id ?? null;
  useShareAppMessage(() => ({ title: '交通政策一问一答', path: id ? `/pages/qa/index?id=${id}` : '/pages/qa/index' }));
  useShareTimeline(() => ({ title: '交通政策一问一答', query: id ? `id=${id}` : '' }));
  return (
    <Page elder={elder}>
      <QaBrowser focusId={id} />
    </Page>
  );
}
