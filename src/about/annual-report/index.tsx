import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { ReportReader } from '@/features/annual-report/reader';

export default function AnnualReportPage() {
  const elder = useElderMode();
  const year = Number(useRouter().params.year) || undefined;
  useShareAppMessage(() => ({ title: '政府信息公开工作年度报告', path: `/about/annual-report/index${year ? `?year=${year}` : ''}` }));
  return (
    <Page elder={elder}>
      <ReportReader initialYear={year} />
    </Page>
  );
}
