import { AboutLinks } from '@/components/ui/about-links';
import { Page } from '@/components/ui/page';
import { ElderSwitch, useElderMode } from '@/features/display';
import { DevPersonaPicker, MyIdentity, useMe } from '@/features/session';

export default function MinePage() {
  const elder = useElderMode();
  const me = useMe();
  return (
    <Page elder={elder}>
      <ElderSwitch />
      <MyIdentity state={me} />
      <AboutLinks title="政务公开" />
      <DevPersonaPicker onSwitched={me.reload} />
    </Page>
  );
}
