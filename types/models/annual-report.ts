// 政府信息公开工作年度报告 (条例 第四十九、五十条) in the national format (国办公开办函〔2021〕30号): one report
// a year, drafted from the product's records, approved like any content, published by 31 January.
import type { PublishedMeta } from './content';
import { APPLICANT_COLUMN_LABELS, APPLICANT_COLUMNS, type ApplicantColumn, DISCLOSURE_OUTCOME_LABELS, DISCLOSURE_OUTCOMES, DISCLOSURE_REASON_LABELS, DISCLOSURE_REASONS, type DisclosureOutcome, type DisclosureReason } from './disclosure-result';

export const ANNUAL_REPORT_COLLECTION = 'annual_reports';
/** Published by 31 January of the next year; staff see the clock from 1 December of the report's year. */
export const REPORT_DUE = { month: 1, day: 31 } as const;
export const REPORT_CLOCK_FROM = { month: 12, day: 1 } as const;

/** 规章 and 行政规范性文件: the two kinds of document the first table of 二 counts (a policy's `docType`). */
export const COUNTED_DOC_TYPES = ['rule', 'normative'] as const;
export type CountedDocType = (typeof COUNTED_DOC_TYPES)[number];
export const DOC_TYPE_LABELS: Record<CountedDocType | 'other', string> = { rule: '规章', normative: '行政规范性文件', other: '其他文件' };
export interface IssuedCounts {
  /** 本年制发件数, 本年废止件数, 现行有效件数 (at the year's end). */
  issued: number;
  repealed: number;
  inForce: number;
}

/** A figure the product does not hold, entered by staff with where it came from. */
export interface EnteredFigure {
  value: number;
  source: string;
}

/** 二、主动公开政府信息情况. */
export interface ActiveFigures {
  rule: IssuedCounts;
  normative: IssuedCounts;
  /** 行政许可, 行政处罚 decisions dated in the year (双公示 records). */
  licences: number;
  penalties: number;
}

/** The rows of table 三, in the national order: 新收, 上年结转, the results (a category with reasons is broken
 * down by reason), 总计, 结转下年度继续办理. */
export type ResultRow = Exclude<DisclosureOutcome, 'refused' | 'unavailable' | 'not_processed' | 'other'> | `${DisclosureOutcome}.${string}`;
export const RESULT_ROWS: string[] = DISCLOSURE_OUTCOMES.flatMap((o) => {
  const reasons: readonly string[] = DISCLOSURE_REASONS[o];
  return reasons.length ? reasons.map((r) => `${o}.${r}`) : [o];
});
export const APPLICATION_ROWS = ['received', 'carriedIn', ...RESULT_ROWS, 'total', 'carriedOut'];
export const APPLICATION_COLUMNS = [...APPLICANT_COLUMNS, 'total'] as const;
export type ApplicationColumn = ApplicantColumn | 'total';
export const APPLICATION_COLUMN_LABELS: Record<ApplicationColumn, string> = { ...APPLICANT_COLUMN_LABELS, total: '总计' };
const reasonRowLabel = (row: string): string => {
  const [outcome, reason] = row.split('.') as [DisclosureOutcome, DisclosureReason | undefined];
  return reason ? `${DISCLOSURE_OUTCOME_LABELS[outcome]}：${DISCLOSURE_REASON_LABELS[reason]}` : DISCLOSURE_OUTCOME_LABELS[outcome];
};
/** Each row's name in words (a result row: the category, and the reason after a colon). */
export const APPLICATION_ROW_LABELS: Record<string, string> = {
  received: '本年新收政府信息公开申请数量',
  carriedIn: '上年结转政府信息公开申请数量',
  ...Object.fromEntries(RESULT_ROWS.map((r) => [r, reasonRowLabel(r)])),
  total: '办理结果总计',
  carriedOut: '结转下年度继续办理',
};
/** Row → column → count. */
export type ApplicationTable = Record<string, Record<ApplicationColumn, number>>;

/** 四、行政复议、行政诉讼 (entered by staff); 总计 is the sum. */
export const REVIEW_RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;
export const REVIEW_RESULT_LABELS = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' } as const;
export type ReviewCounts = Record<(typeof REVIEW_RESULTS)[number], number>;
export const REVIEW_KINDS = ['reconsideration', 'direct', 'afterReconsideration'] as const;
export const REVIEW_KIND_LABELS = { reconsideration: '行政复议', direct: '未经复议直接起诉', afterReconsideration: '复议后起诉' } as const;
export type ReviewTable = Record<(typeof REVIEW_KINDS)[number], ReviewCounts>;

/** What the product counts: stored with the draft and checked against the records again at approval. */
export interface ReportFigures {
  active: ActiveFigures;
  applications: ApplicationTable;
}

/** What staff write and enter. */
export interface ReportEntries {
  /** 一、总体情况; 五、存在的主要问题及改进情况; 六、其他需要报告的事项. */
  overview: string;
  problems: string;
  other: string;
  /** 行政强制 decisions and 行政事业性收费 (万元): not held by the product. */
  enforcement: EnteredFigure;
  fees: EnteredFigure;
  review: ReviewTable;
}

export interface AnnualReportContent extends ReportEntries {
  year: number;
  figures: ReportFigures;
}

export interface AnnualReportDoc extends AnnualReportContent, PublishedMeta {}
