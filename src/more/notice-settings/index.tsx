import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { NoticeSettings } from '@/features/notices/settings';

export default function NoticeSettingsPage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <NoticeSettings />
    </Page>
  );
}
