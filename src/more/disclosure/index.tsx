import { Page } from '@/components/ui/page';
import { DisclosureForm } from '@/features/cases';
import { useElderMode } from '@/features/display';

export default function DisclosurePage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <DisclosureForm />
    </Page>
  );
}
