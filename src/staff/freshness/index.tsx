import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { DemandList, FreshnessReport } from '@/features/staff-freshness';

const TABS = { duties: '更新期限与内容健康', demand: '群众关心什么' } as const;
type Tab = keyof typeof TABS;

export default function StaffFreshnessPage() {
  const elder = useElderMode();
  const [tab, setTab] = useState<Tab>('duties');
  return (
    <Page elder={elder}>
      <View className="tabs" role="tablist">
        {(Object.keys(TABS) as Tab[]).map((k) => (
          <Button key={k} className={k === tab ? 'tab tab--on' : 'tab'} {...{ role: 'tab' }} aria-selected={k === tab} onClick={() => setTab(k)}>
            {TABS[k]}
          </Button>
        ))}
      </View>
      {tab === 'duties' ? <FreshnessReport /> : <DemandList />}
    </Page>
  );
}
