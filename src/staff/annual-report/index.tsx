import { useRouter } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { ReportEditor, RevisionPreview } from '@/features/annual-report';

/** The year's report; with `revisionId`, that revision in full for its reviewer. */
export default function StaffAnnualReportPage() {
  const elder = useElderMode();
  const revisionId = useRouter().params.revisionId;
  return <Page elder={elder}>{revisionId ? <RevisionPreview revisionId={revisionId} /> : <ReportEditor />}</Page>;
}
