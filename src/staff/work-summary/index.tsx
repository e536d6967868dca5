import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { useMe } from '@/features/session';
import { WorkSummaryEditor } from '@/features/staff-summary/work-summary-editor';

export default function StaffWorkSummaryPage() {
  const elder = useElderMode();
  const { me } = useMe();
  const roles = me?.roles ?? [];
  const admin = roles.includes('admin');
  return (
    <Page elder={elder}>
      <WorkSummaryEditor canEdit={admin || roles.includes('editor')} canReview={admin || roles.includes('reviewer')} />
    </Page>
  );
}
