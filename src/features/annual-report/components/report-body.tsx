import { Text, View } from '@tarojs/components';
import type { AnnualReportContent } from '#types/models/annual-report';
import { FigureTables } from './figure-tables';

function Part({ title, text }: { title: string; text: string }) {
  return (
    <View className="section">
      <Text className="section__title">{title}</Text>
      {text.split('\n').filter((l) => l.trim()).map((l, i) => (
        <Text key={i} className="card__summary">
          {l}
        </Text>
      ))}
    </View>
  );
}

/** The report's six parts in order, as citizens read it and as a reviewer checks a revision. */
export function ReportBody({ report }: { report: AnnualReportContent }) {
  return (
    <View className="list">
      <Text className="section__title">{report.year} 年政府信息公开工作年度报告</Text>
      <Part title="一、总体情况" text={report.overview} />
      <FigureTables figures={report.figures} enforcement={report.enforcement} fees={report.fees} review={report.review} />
      <Part title="五、存在的主要问题及改进情况" text={report.problems} />
      <Part title="六、其他需要报告的事项" text={report.other} />
    </View>
  );
}
