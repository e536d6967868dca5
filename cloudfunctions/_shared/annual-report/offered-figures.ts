// Sentences with measured figures that staff may use in the narrative parts: for 一、总体情况 the year's
// counts and how many applications were answered within their legal deadline; for 五、存在的主要问题 what
// was answered late and what the freshness monitor last found overdue.
import type { ReportFigures } from '#types/models/annual-report';
import { FRESHNESS_COLLECTION, FRESHNESS_REPORT_ID, type FreshnessReportDoc } from '#types/models/freshness';
import { db, docOrNull } from '../cloud';
import { cstDay } from '../time/working-days';
import { beijingYear, within } from './report-year';
import type { ApplicationRecord } from './tally-applications';

export interface OfferedFigures {
  overview: string[];
  problems: string[];
}

/** Applications the table counts as decided in the year, and how many of them by their (extended or
 * restarted) deadline. */
export function answeredOnTime(year: number, apps: ApplicationRecord[], counted: ReadonlySet<string>): { decided: number; onTime: number } {
  const span = beijingYear(year);
  const decided = apps.filter((a) => counted.has(a._id) && within(a.disclosure.decision?.at, span));
  return { decided: decided.length, onTime: decided.filter((a) => a.dueAt && (a.disclosure.decision?.at as Date) <= a.dueAt).length };
}

export async function offeredFigures(year: number, f: ReportFigures, apps: ApplicationRecord[], counted: ReadonlySet<string>): Promise<OfferedFigures> {
  const n = (row: string): number => f.applications[row]?.total ?? 0;
  const { decided, onTime } = answeredOnTime(year, apps, counted);
  const freshness = await docOrNull<FreshnessReportDoc>(db.collection(FRESHNESS_COLLECTION).doc(FRESHNESS_REPORT_ID));
  const overdue = freshness?.counts.reduce((sum, c) => sum + c.overdue, 0) ?? 0;
  const overview = [
    `${year} 年新收政府信息公开申请 ${n('received')} 件，上年结转 ${n('carriedIn')} 件，办结 ${n('total')} 件（予以公开 ${n('disclosed')} 件、部分公开 ${n('partial')} 件），结转下年度继续办理 ${n('carriedOut')} 件。`,
    ...(decided ? [`办结的 ${decided} 件申请中，${onTime} 件在法定期限内答复（${Math.round((onTime / decided) * 100)}%）。`] : []),
    `本年制发行政规范性文件 ${f.active.normative.issued} 件、废止 ${f.active.normative.repealed} 件，现行有效 ${f.active.normative.inForce} 件。`,
    `本年作出行政许可决定 ${f.active.licences} 件、行政处罚决定 ${f.active.penalties} 件，均在“双公示”栏目公开。`,
  ];
  const problems = [
    ...(decided > onTime ? [`${decided - onTime} 件政府信息公开申请超过法定期限答复。`] : []),
    ...(freshness ? [`截至 ${cstDay(freshness.checkedAt)}，更新期限检查发现超期未更新的事项 ${overdue} 项，内容健康问题 ${freshness.health.length} 项。`] : []),
  ];
  return { overview, problems };
}
