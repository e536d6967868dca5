import { GuideLink } from '@/components/ui/guide-link';
import { Page } from '@/components/ui/page';
import { DisclosureForm } from '@/features/cases';
import { useElderMode } from '@/features/display';

export default function DisclosurePage() {
  const elder = useElderMode();
  return (
    <Page elder={elder}>
      <GuideLink text="申请前可以先看公开指南：怎样申请、多久答复、不满意怎么办。" />
      <DisclosureForm />
    </Page>
  );
}
