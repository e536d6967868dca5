import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { BudgetExplorer } from '@/features/budgets';
import { useElderMode } from '@/features/display';

export default function BudgetsPage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '交通运输局的钱花在哪：预算和决算', path: '/more/budgets/index' }));
  return (
    <Page elder={elder}>
      <BudgetExplorer />
    </Page>
  );
}
