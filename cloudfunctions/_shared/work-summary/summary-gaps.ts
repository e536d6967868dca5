// 存在问题 proposed from the measured gaps, each with the 改进措施 that answers it. Pure: staff edit the
// text; a gap the figures do not show is theirs to add.
import type { PeriodFigures } from '#types/api/work-summary-views';
import { CASE_CHANNEL_LABELS, CASE_CHANNELS } from '#types/models/case';
import { dayCount, percent } from '#types/text/handling-words';
import { STALE_AFTER_DAYS } from './project-months';

export interface Gap {
  problem: string;
  measure: string;
}

/** Guides completing fewer than this share within their promise are named. */
const WITHIN_PROMISE_TARGET = 0.9;
const NAMED_MAX = 5;

const names = (items: string[]): string => `${items.slice(0, NAMED_MAX).join('、')}${items.length > NAMED_MAX ? ` 等 ${items.length} 个` : ''}`;

export function summaryGaps(f: PeriodFigures): Gap[] {
  const gaps: Gap[] = [];
  if (f.projects.stale.length) {
    gaps.push({
      problem: `${f.projects.stale.length} 个在建项目超过 ${STALE_AFTER_DAYS} 天没有更新进展：${names(f.projects.stale.map((p) => `${p.name}（${p.days} 天）`))}。`,
      measure: '督促在建项目每月至少发布一次进展，对超过 30 天未更新的项目逐一提醒负责人，并在“更新期限与内容健康”中跟踪。',
    });
  } else if (f.projects.onTimeShare !== null && f.projects.onTimeShare < 1) {
    gaps.push({ problem: `在建项目按月发布进展的比例为 ${percent(f.projects.onTimeShare)}，有 ${f.projects.monthsDue - f.projects.monthsUpdated} 个“项目月”没有更新。`, measure: '把项目进展发布纳入月度工作安排，月底前检查未更新的项目。' });
  }
  const lateChannels = CASE_CHANNELS.filter((c) => (f.cases.byChannel[c].onTimeShare ?? 1) < 1);
  if (lateChannels.length) {
    gaps.push({
      problem: `群众诉求按期答复率 ${percent(f.cases.all.onTimeShare ?? 0)}，未全部按期答复：${lateChannels.map((c) => `${CASE_CHANNEL_LABELS[c]}渠道 ${percent(f.cases.byChannel[c].onTimeShare ?? 0)}`).join('、')}。`,
      measure: '临近答复期限的诉求每日提醒承办人，超期件逐件说明原因；电话、信件等线下渠道收到的诉求当天登记。',
    });
  }
  if (f.consultations.undecided > 0) {
    gaps.push({ problem: `已截止的意见征集中还有 ${f.consultations.undecided} 条意见没有逐条反馈采纳情况。`, measure: '意见征集截止后 15 个工作日内逐条记录采纳情况并公布。' });
  }
  const slow = f.handling.guides.filter((g) => g.window.withinPromisedShare !== null && g.window.withinPromisedShare < WITHIN_PROMISE_TARGET);
  if (slow.length) {
    gaps.push({
      problem: `${slow.length} 项服务事项在承诺时限内办结的比例低于 ${percent(WITHIN_PROMISE_TARGET)}：${names(slow.map((g) => `${g.name}（${percent(g.window.withinPromisedShare ?? 0)}，平均 ${dayCount(g.window.meanDays ?? 0)} 个工作日）`))}。`,
      measure: '对超出承诺时限的办件逐件分析原因，精简材料和环节，必要时调整承诺时限并在办事指南中更新。',
    });
  }
  if (f.handling.unlinked.length) {
    const records = f.handling.unlinked.reduce((n, u) => n + u.completed, 0);
    gaps.push({
      problem: `${records} 件办件的事项编码（${names(f.handling.unlinked.map((u) => u.itemCode))}）没有对应的办事指南，未计入各事项的办理时间。`,
      measure: '核对政务服务平台的事项编码，在对应的办事指南中补填；已划转的事项注明去向。',
    });
  }
  return gaps;
}
