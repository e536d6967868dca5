// The annual report as a content kind: drafted by an editor, approved by another reviewer with its 保密审查,
// versioned and withdrawable like any content. The figures it carries are the ones drafted from the records;
// saving and approving count them again, so what is published is exactly what the records say, and a
// report with records still unplaced, or a second report for a year, is refused.
import { isDeepStrictEqual } from 'node:util';
import { annualReportInput, type AnnualReportInput } from '#types/api/annual-report-input';
import { ANNUAL_REPORT_COLLECTION, type AnnualReportDoc } from '#types/models/annual-report';
import { AppError, failedPrecondition } from '../app-error';
import { db, docsOf } from '../cloud';
import type { KindSpec } from '../content/content-kinds';
import { draftReport } from './draft-report';

async function checkReport(content: Record<string, unknown>, targetId: string | null): Promise<void> {
  const report = content as unknown as AnnualReportInput;
  const others = await docsOf<{ _id: string }>(db.collection(ANNUAL_REPORT_COLLECTION).where({ year: report.year }).field({ _id: true }).limit(5));
  if (others.some((o) => o._id !== targetId)) throw new AppError('ALREADY_EXISTS', `${report.year} 年度报告已经发布过，请在已发布的报告上修改`);
  const counted = await draftReport(report.year, new Date());
  if (counted.unplaced.length) throw failedPrecondition(`有 ${counted.unplaced.length} 条记录无法归类，请先在年度报告页逐条归类`);
  if (!isDeepStrictEqual(counted.figures, report.figures)) throw failedPrecondition('记录在起草后有变化，统计数字已不一致：请重新生成数字后再保存或审核');
}

export const annualReportKind: KindSpec = {
  label: '政府信息公开工作年度报告',
  collection: ANNUAL_REPORT_COLLECTION,
  schema: annualReportInput,
  toContent: (input) => ({ ...(input as AnnualReportInput) }),
  toInput(doc) {
    const r = doc as unknown as AnnualReportDoc;
    return { year: r.year, overview: r.overview, problems: r.problems, other: r.other, enforcement: r.enforcement, fees: r.fees, review: r.review, figures: r.figures };
  },
  check: (_tx, content, targetId) => checkReport(content, targetId),
  search: () => null,
};
