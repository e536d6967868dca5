import { Text, View } from '@tarojs/components';
import { REVIEW_KIND_LABELS, REVIEW_KINDS, REVIEW_RESULT_LABELS, REVIEW_RESULTS } from '#types/models/annual-report';
import type { ReportForm } from '../report-form';
import { LabelledField } from '@/components/ui/labelled-field';

/** What staff write (一、五、六) and enter (行政强制, 收费, 复议诉讼) with where the figures came from. */
function Offered({ title, lines }: { title: string; lines: string[] }) {
  if (!lines.length) return null;
  return (
    <View className="section">
      <Text className="section__title">{title}</Text>
      {lines.map((line) => (
        <Text key={line} className="row__hint">
          {line}
        </Text>
      ))}
    </View>
  );
}

export function ReportFields({ form, onChange, offered }: { form: ReportForm; onChange(next: ReportForm): void; offered: { overview: string[]; problems: string[] } }) {
  const set = (key: Exclude<keyof ReportForm, 'review'>) => (value: string) => onChange({ ...form, [key]: value });
  return (
    <View className="list">
      <Offered title="可以写进总体情况的数字" lines={offered.overview} />
      <LabelledField label="一、总体情况（每段一行）" value={form.overview} onInput={set('overview')} multiline max={6000} />
      <LabelledField label="行政强制：本年处理决定数量" value={form.enforcement} onInput={set('enforcement')} max={7} />
      <LabelledField label="行政强制数字的来源（如：执法大队执法台账）" value={form.enforcementSource} onInput={set('enforcementSource')} />
      <LabelledField label="行政事业性收费：本年收费金额（万元，最多两位小数）" value={form.fees} onInput={set('fees')} max={12} />
      <LabelledField label="收费数字的来源（如：财政非税收入系统）" value={form.feesSource} onInput={set('feesSource')} />
      <Text className="section__title">四、行政复议、行政诉讼（件）</Text>
      {REVIEW_KINDS.map((k) =>
        REVIEW_RESULTS.map((r) => (
          <LabelledField key={`${k}.${r}`} label={`${REVIEW_KIND_LABELS[k]}：${REVIEW_RESULT_LABELS[r]}`} value={form.review[`${k}.${r}`] ?? '0'} onInput={(v) => onChange({ ...form, review: { ...form.review, [`${k}.${r}`]: v } })} max={6} />
        )),
      )}
      <Offered title="可以写进存在问题的情况" lines={offered.problems} />
      <LabelledField label="五、存在的主要问题及改进情况" value={form.problems} onInput={set('problems')} multiline max={3000} />
      <LabelledField label="六、其他需要报告的事项" value={form.other} onInput={set('other')} multiline max={3000} />
    </View>
  );
}
