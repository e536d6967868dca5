import { useRouter } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { CommentModeration } from '@/features/consultations';
import { useElderMode } from '@/features/display';
import { StaffMeetings } from '@/features/meetings/staff';

export default function StaffConsultationPage() {
  const elder = useElderMode();
  const id = useRouter().params.id ?? '';
  return (
    <Page elder={elder}>
      {id ? (
        <>
          <CommentModeration id={id} />
          <StaffMeetings consultationId={id} />
        </>
      ) : (
        <EmptyState text="链接不完整" />
      )}
    </Page>
  );
}
