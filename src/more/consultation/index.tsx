import Taro, { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Button } from '@tarojs/components';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { ConsultationDetail } from '@/features/consultations';
import { useElderMode } from '@/features/display';
import { ConsultationMeetings } from '@/features/meetings';
import { useMe } from '@/features/session';
import { useOpenSource } from '@/lib/use-open-source';

export default function ConsultationPage() {
  const elder = useElderMode();
  useOpenSource();
  const id = useRouter().params.id ?? '';
  const { me } = useMe();
  useShareAppMessage(() => ({ title: '意见征集：请提出你的意见', path: `/more/consultation/index?id=${id}` }));
  useShareTimeline(() => ({ title: '意见征集', query: `id=${id}` }));
  if (!id) return <Page elder={elder}><EmptyState text="链接不完整，请从意见征集进入" /></Page>;
  return (
    <Page elder={elder}>
      {(me?.roles.length ?? 0) > 0 && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: `/staff/consultation/index?id=${id}` })}>
          管理意见（审核、记录处理结果）
        </Button>
      )}
      <ConsultationDetail id={id} />
      <ConsultationMeetings consultationId={id} signedIn={me?.signedIn ?? false} />
    </Page>
  );
}
