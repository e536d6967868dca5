// A year's figures drafted from the records, with what each figure is made of, what could not be placed,
// and what a reader must know about them (a year not yet over, applications carried over).
import type { ReportFigures } from '#types/models/annual-report';
import { countDecisions } from '../decisions/count-decisions';
import { isoDay } from '../time/beijing-time';
import { beijingYear } from './report-year';
import { loadApplications, loadPolicies } from './report-records';
import { Trace, type UnplacedRecord } from './report-trace';
import { type ApplicationRecord, tallyApplications } from './tally-applications';
import { tallyPolicies } from './tally-policies';

export interface ReportDraft {
  figures: ReportFigures;
  /** All applications read (received before the year's end), for the figures offered to the narrative. */
  applications: ApplicationRecord[];
  trace: Trace;
  unplaced: UnplacedRecord[];
  notes: string[];
}

export async function draftReport(year: number, now: Date): Promise<ReportDraft> {
  const [apps, policies, decisions] = await Promise.all([loadApplications(year), loadPolicies(year), countDecisions(year)]);
  const trace = new Trace();
  const withDetails = apps.filter((a) => a.disclosure);
  const applications = tallyApplications(year, withDetails, trace);
  const issued = tallyPolicies(year, policies, trace);
  const unplaced = [...applications.unplaced, ...issued.unplaced];
  const open = applications.table.carriedOut?.total ?? 0;
  const notes = [
    ...(now < beijingYear(year).end ? [`${year} 年还没有结束：数字截至 ${isoDay(new Date(now.getTime() + 8 * 3_600_000))}，之后收到和办结的申请还会改变它们。`] : []),
    ...(open ? [`截至 ${year} 年 12 月 31 日仍在办理的 ${open} 件申请计入“结转下年度继续办理”，办理结果计入 ${year + 1} 年度报告。`] : []),
    ...(unplaced.length ? [`有 ${unplaced.length} 条记录无法归类，没有计入统计表，请先逐条归类后再提交审核。`] : []),
  ];
  return {
    figures: { active: { rule: issued.rule, normative: issued.normative, licences: decisions.licences, penalties: decisions.penalties }, applications: applications.table },
    applications: withDetails,
    trace,
    unplaced,
    notes,
  };
}
