// The staff form of the annual report: text as typed, turned into the saved content with the drafted figures.
import type { AnnualReportInput } from '#types/api/annual-report-input';
import type { AnnualReportContent, ReportFigures, ReviewTable } from '#types/models/annual-report';
import { REVIEW_KINDS, REVIEW_RESULTS } from '#types/models/annual-report';

export interface ReportForm {
  overview: string;
  problems: string;
  other: string;
  enforcement: string;
  enforcementSource: string;
  fees: string;
  feesSource: string;
  /** `${kind}.${result}` → count as typed. */
  review: Record<string, string>;
}

export const EMPTY_REPORT_FORM: ReportForm = { overview: '', problems: '', other: '本年度未收取信息处理费。', enforcement: '0', enforcementSource: '', fees: '0', feesSource: '', review: {} };

export function formOf(r: AnnualReportContent): ReportForm {
  const review = Object.fromEntries(REVIEW_KINDS.flatMap((k) => REVIEW_RESULTS.map((res) => [`${k}.${res}`, String(r.review[k][res])])));
  return { overview: r.overview, problems: r.problems, other: r.other, enforcement: String(r.enforcement.value), enforcementSource: r.enforcement.source, fees: String(r.fees.value), feesSource: r.fees.source, review };
}

const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/** The content to save (the function checks every field and says which one is wrong). */
export function contentOf(year: number, f: ReportForm, figures: ReportFigures): AnnualReportInput {
  const review = Object.fromEntries(REVIEW_KINDS.map((k) => [k, Object.fromEntries(REVIEW_RESULTS.map((res) => [res, number(f.review[`${k}.${res}`] ?? '0')]))])) as ReviewTable;
  return {
    year, overview: f.overview, problems: f.problems, other: f.other,
    enforcement: { value: number(f.enforcement), source: f.enforcementSource },
    fees: { value: number(f.fees), source: f.feesSource },
    review, figures,
  };
}
