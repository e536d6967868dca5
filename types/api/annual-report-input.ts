// The annual report as staff save it (content kind `annualReport`): the year, what staff write and enter,
// and the figures as drafted from the records (the function counts them again before saving and approving).
import * as v from 'valibot';
import { APPLICATION_COLUMN_LABELS, APPLICATION_COLUMNS, APPLICATION_ROW_LABELS, APPLICATION_ROWS, DOC_TYPE_LABELS, REVIEW_KIND_LABELS, REVIEW_KINDS, REVIEW_RESULT_LABELS, REVIEW_RESULTS } from '../models/annual-report';
import { line, prose } from './text-rule';

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const each = <K extends string, S extends v.GenericSchema>(keys: readonly K[], schema: S) =>
  v.strictObject(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, S>);
const issued = v.strictObject({ issued: count, repealed: count, inForce: count });

export const reportYear = v.pipe(v.number(), v.integer(), v.minValue(2019), v.maxValue(2100));

export const reportFiguresInput = v.strictObject({
  active: v.strictObject({ rule: issued, normative: issued, licences: count, penalties: count }),
  applications: each(APPLICATION_ROWS, each(APPLICATION_COLUMNS, count)),
});

export const annualReportInput = v.strictObject({
  year: reportYear,
  overview: prose(6000, 20),
  problems: prose(3000, 10),
  other: prose(3000, 1),
  enforcement: v.strictObject({ value: count, source: line(100, 2) }),
  /** 万元, to the cent. */
  fees: v.strictObject({ value: v.pipe(v.number(), v.minValue(0), v.maxValue(10_000_000), v.check((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, '收费金额最多保留两位小数（万元）')), source: line(100, 2) }),
  review: each(REVIEW_KINDS, each(REVIEW_RESULTS, count)),
  figures: reportFiguresInput,
});
export type AnnualReportInput = v.InferOutput<typeof annualReportInput>;

const ISSUED_LABELS = { issued: '本年制发件数', repealed: '本年废止件数', inForce: '现行有效件数' } as const;

export const ANNUAL_REPORT_FIELD_LABELS: Record<string, string> = {
  year: '报告年度', overview: '一、总体情况', problems: '五、存在的主要问题及改进情况', other: '六、其他需要报告的事项',
  enforcement: '行政强制决定数', 'enforcement.value': '行政强制决定数', 'enforcement.source': '行政强制数字来源',
  fees: '行政事业性收费', 'fees.value': '行政事业性收费金额', 'fees.source': '收费数字来源',
  review: '行政复议、行政诉讼',
  ...Object.fromEntries(REVIEW_KINDS.flatMap((k) => [[`review.${k}`, REVIEW_KIND_LABELS[k]], ...REVIEW_RESULTS.map((r) => [`review.${k}.${r}`, `${REVIEW_KIND_LABELS[k]}${REVIEW_RESULT_LABELS[r]}`])])),
  figures: '统计数字', 'figures.active': '主动公开情况', 'figures.active.licences': '行政许可决定数', 'figures.active.penalties': '行政处罚决定数',
  ...Object.fromEntries((['rule', 'normative'] as const).flatMap((t) => [[`figures.active.${t}`, DOC_TYPE_LABELS[t]], ...Object.entries(ISSUED_LABELS).map(([k, l]) => [`figures.active.${t}.${k}`, `${DOC_TYPE_LABELS[t]}${l}`])])),
  'figures.applications': '申请办理情况',
  ...Object.fromEntries(APPLICATION_ROWS.flatMap((row) => [[`figures.applications.${row}`, APPLICATION_ROW_LABELS[row]], ...APPLICATION_COLUMNS.map((c) => [`figures.applications.${row}.${c}`, `${APPLICATION_ROW_LABELS[row]}（${APPLICATION_COLUMN_LABELS[c]}）`])])),
};
