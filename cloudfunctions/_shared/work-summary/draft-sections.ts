// The summary's four sections drafted from the figures, in the bureau's own structure, each figure with
// its change on the period before. Pure: staff edit the words; the figures stay beside them.
import type { SummaryFigures } from '#types/api/work-summary-views';
import type { SummarySection } from '#types/models/work-summary';
import { changeWords, dayCount, percent } from '#types/text/handling-words';
import { channelWords, countChange, halfName, publishedWords, shareWords } from '#types/text/summary-words';
import { summaryGaps } from './summary-gaps';

const sentence = (...parts: (string | null | false)[]): string => `${parts.filter(Boolean).join('，')}。`;
const numbered = (items: string[]): string => items.map((item, i) => `${i + 1}. ${item}`).join('\n');

export function draftSections({ year, half, current: c, previous: p }: SummaryFigures): Record<SummarySection, string> {
  const earlier = halfName(half === 1 ? year - 1 : year, half === 1 ? 2 : 1);
  const publishedTotal = (f: typeof c): number => Object.values(f.published.byKind).reduce((a, b) => a + b, 0);
  const replyDays = (days: number | null): string => (days === null ? '无' : `${dayCount(days)} 天`);
  const content = numbered([
    sentence(`主动公开：发布和更新${publishedWords(c.published.byKind)}，发布项目进展 ${c.published.projectUpdates} 条，公示行政许可和行政处罚决定 ${c.published.decisions} 条`),
    sentence(`回应关切：收到群众诉求 ${c.cases.all.total} 件（${channelWords((ch) => c.cases.byChannel[ch].total)}），已答复 ${c.cases.all.replied} 件`),
    sentence(`公众参与：截止意见征集 ${c.consultations.closed} 项，收到意见 ${c.consultations.comments} 条，采纳 ${c.consultations.adopted} 条、部分采纳 ${c.consultations.partly} 条`),
    sentence(`信息推送：发送通知 ${c.notices.sends} 批，送达订阅消息 ${c.notices.delivered} 条`, c.notices.subscribers !== null && `目前 ${c.notices.subscribers} 人设置了通知`, `生成短信链接 ${c.reach.linkSets} 组，群众经短信打开 ${c.reach.opens} 次`, c.reach.posters > 0 && `制作村务公开栏海报 ${c.reach.posters} 张，扫码 ${c.reach.scans} 次`, c.reach.posted + c.reach.broadcast > 0 && `村级信息员确认张贴 ${c.reach.posted} 次、广播 ${c.reach.broadcast} 次`),
    sentence(`政务服务：导入办件记录，办结 ${c.handling.all.completed} 件，统计 ${c.handling.guides.length} 项服务事项的实际办理时间`),
  ]);
  const results = numbered([
    sentence(`发布和更新信息 ${publishedTotal(c)} 条`, countChange(publishedTotal(c), publishedTotal(p), earlier)),
    sentence(`在建项目 ${c.projects.underConstruction} 个，按月发布进展的比例 ${shareWords(c.projects.onTimeShare)}`, p.projects.onTimeShare !== null && `${earlier}为 ${percent(p.projects.onTimeShare)}`),
    sentence(`群众诉求答复用时中位数 ${replyDays(c.cases.all.medianReplyDays)}（${earlier} ${replyDays(p.cases.all.medianReplyDays)}），按期答复率 ${shareWords(c.cases.all.onTimeShare)}`, p.cases.all.onTimeShare !== null && `${earlier}为 ${percent(p.cases.all.onTimeShare)}`),
    sentence(`意见采纳和部分采纳 ${c.consultations.adopted + c.consultations.partly} 条`, countChange(c.consultations.adopted + c.consultations.partly, p.consultations.adopted + p.consultations.partly, earlier)),
    sentence(`订阅消息送达 ${c.notices.delivered} 条`, countChange(c.notices.delivered, p.notices.delivered, earlier), `短信链接打开 ${c.reach.opens} 次`, countChange(c.reach.opens, p.reach.opens, earlier)),
    c.handling.all.meanDays === null
      ? '服务事项办理时间：本期没有已办结的办件记录。'
      : sentence(
          `服务事项平均 ${dayCount(c.handling.all.meanDays)} 个工作日办结`,
          c.handling.all.medianDays !== null && `一半在 ${dayCount(c.handling.all.medianDays)} 个工作日内办结`,
          `在承诺时限内办结 ${shareWords(c.handling.all.withinPromisedShare)}`,
          p.handling.all.meanDays ? `平均办理时间${changeWords(Math.round(((c.handling.all.meanDays - p.handling.all.meanDays) / p.handling.all.meanDays) * 1000) / 1000, earlier)}` : null,
        ),
  ]);
  const gaps = summaryGaps(c);
  return {
    content,
    results,
    problems: gaps.length ? numbered(gaps.map((g) => g.problem)) : '（统计数据未显示明显问题，请根据实际情况填写。）',
    measures: gaps.length ? numbered(gaps.map((g) => g.measure)) : '（请填写下一步工作打算。）',
  };
}
