import { Text, View } from '@tarojs/components';
import type { PeriodFigures, SummaryFigures } from '#types/api/work-summary-views';
import { CASE_CHANNEL_LABELS, CASE_CHANNELS } from '#types/models/case';
import { dayCount } from '#types/text/handling-words';
import { halfName, publishedWords, shareWords } from '#types/text/summary-words';

const days = (d: number | null): string => (d === null ? '—' : dayCount(d));

function rows(f: PeriodFigures): [string, string][] {
  return [
    ['发布和更新', publishedWords(f.published.byKind)],
    ['项目进展', `${f.published.projectUpdates} 条；在建项目按月更新 ${shareWords(f.projects.onTimeShare)}（${f.projects.monthsUpdated}/${f.projects.monthsDue}）`],
    ['双公示决定', `${f.published.decisions} 条`],
    ...CASE_CHANNELS.filter((c) => f.cases.byChannel[c].total > 0).map((c): [string, string] => {
      const r = f.cases.byChannel[c];
      return [`诉求·${CASE_CHANNEL_LABELS[c]}`, `${r.total} 件，答复用时中位数 ${days(r.medianReplyDays)} 天，按期 ${shareWords(r.onTimeShare)}`];
    }),
    ['意见征集', `截止 ${f.consultations.closed} 项，意见 ${f.consultations.comments} 条，采纳 ${f.consultations.adopted}、部分采纳 ${f.consultations.partly}、未采纳 ${f.consultations.notAdopted}、未反馈 ${f.consultations.undecided}`],
    ['通知', `发送 ${f.notices.sends} 批，送达 ${f.notices.delivered} 条${f.notices.subscribers === null ? '' : `，目前 ${f.notices.subscribers} 人设置了通知`}`],
    ['短信链接', `${f.reach.linkSets} 组，打开 ${f.reach.opens} 次`],
    ['公开栏海报', `${f.reach.posters} 张，扫码 ${f.reach.scans} 次`],
    ['信息员确认', `张贴 ${f.reach.posted} 次，广播 ${f.reach.broadcast} 次`],
    ['办理时间', `办结 ${f.handling.all.completed} 件，平均 ${days(f.handling.all.meanDays)}、中位数 ${days(f.handling.all.medianDays)} 个工作日，承诺时限内 ${shareWords(f.handling.all.withinPromisedShare)}`],
    ...(f.handling.unlinked.length ? [['未关联指南的办件', f.handling.unlinked.map((u) => `${u.itemCode}（${u.completed} 件）`).join('、')] as [string, string]] : []),
  ];
}

/** The figures the draft was written from, this half-year beside the one before. */
export function SummaryFiguresPanel({ figures }: { figures: SummaryFigures }) {
  const { year, half, current, previous } = figures;
  const periods: [string, PeriodFigures][] = [
    [`${halfName(year, half)}（统计到 ${current.asOf}）`, current],
    [halfName(half === 1 ? year - 1 : year, half === 1 ? 2 : 1), previous],
  ];
  return (
    <View className="section">
      {periods.map(([title, f]) => (
        <View key={title} className="card">
          <Text className="card__title">{title}</Text>
          {rows(f).map(([label, value]) => (
            <Text key={label} className="row__hint">{`${label}：${value}`}</Text>
          ))}
        </View>
      ))}
    </View>
  );
}
