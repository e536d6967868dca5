// The report's three standard tables as Word tables, laid out as the national format lays them out
// (merged header cells, the 勾稽关系 note, categories spanning their reasons).
import { Table, TableLayoutType, TableRow, WidthType } from 'docx';
import { APPLICATION_COLUMNS, type ApplicationTable, type EnteredFigure, REVIEW_KIND_LABELS, REVIEW_KINDS, REVIEW_RESULT_LABELS, REVIEW_RESULTS, type ActiveFigures, type ReviewTable } from '#types/models/annual-report';
import { DISCLOSURE_OUTCOMES, DISCLOSURE_OUTCOME_LABELS, DISCLOSURE_REASON_LABELS, DISCLOSURE_REASONS, ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from '#types/models/disclosure-result';
import { cell, SIZES } from './docx-parts';

/** The text width of an A4 page with 公文 margins (156 mm), in twips. */
const TEXT_WIDTH = 8845;
/** A table on the page's text width with an explicit grid (Word lays merged cells out on it). */
const table = (columnWidths: number[], rows: TableRow[]): Table =>
  new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED, rows });
const evenly = (n: number, width = TEXT_WIDTH): number[] => Array.from({ length: n }, () => Math.floor(width / n));
const row = (...cells: ReturnType<typeof cell>[]): TableRow => new TableRow({ children: cells });
const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七'];

export function activeTable(a: ActiveFigures, enforcement: EnteredFigure, fees: EnteredFigure): Table {
  const section = (article: string): TableRow => row(cell(`第二十条第（${article}）项`, { columnSpan: 4, bold: true }));
  const oneValue = (label: string, value: string | number): TableRow => row(cell(label), cell(value, { columnSpan: 3 }));
  return table([3000, ...evenly(3, TEXT_WIDTH - 3000)], [
    section('一'),
    row(cell('信息内容', { bold: true }), cell('本年制发件数', { bold: true }), cell('本年废止件数', { bold: true }), cell('现行有效件数', { bold: true })),
    row(cell('规章'), cell(a.rule.issued), cell(a.rule.repealed), cell(a.rule.inForce)),
    row(cell('行政规范性文件'), cell(a.normative.issued), cell(a.normative.repealed), cell(a.normative.inForce)),
    section('五'),
    oneValue('信息内容', '本年处理决定数量'),
    oneValue('行政许可', a.licences),
    section('六'),
    oneValue('信息内容', '本年处理决定数量'),
    oneValue('行政处罚', a.penalties),
    oneValue('行政强制', enforcement.value),
    section('八'),
    oneValue('信息内容', '本年收费金额（单位：万元）'),
    oneValue('行政事业性收费', fees.value.toFixed(2)),
  ]);
}

export function applicationsTable(t: ApplicationTable): Table {
  const numbers = (key: string) => APPLICATION_COLUMNS.map((c) => cell(t[key]?.[c] ?? 0));
  const resultRows: TableRow[] = [];
  const resultCount = DISCLOSURE_OUTCOMES.reduce((n, o) => n + Math.max(1, DISCLOSURE_REASONS[o].length), 0);
  DISCLOSURE_OUTCOMES.forEach((o, i) => {
    const reasons: readonly string[] = DISCLOSURE_REASONS[o];
    const lead = i === 0 ? [cell('三、本年度办理结果', { rowSpan: resultCount + 1 })] : [];
    const category = `（${CHINESE_ORDINALS[i]}）${DISCLOSURE_OUTCOME_LABELS[o]}${o === 'partial' ? '（区分处理的，只计这一情形，不计其他情形）' : ''}`;
    if (!reasons.length) {
      resultRows.push(row(...lead, cell(category, { columnSpan: 2 }), ...numbers(o)));
      return;
    }
    reasons.forEach((r, j) => {
      const label = `${j + 1}.${DISCLOSURE_REASON_LABELS[r as keyof typeof DISCLOSURE_REASON_LABELS]}`;
      resultRows.push(row(...(j === 0 ? [...lead, cell(category, { rowSpan: reasons.length })] : []), cell(label), ...numbers(`${o}.${r}`)));
    });
  });
  return table([1000, 1300, 2000, ...evenly(7, TEXT_WIDTH - 4300)], [
    row(cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { columnSpan: 3, rowSpan: 3 }), cell('申请人情况', { columnSpan: 7, bold: true })),
    row(cell('自然人', { rowSpan: 2, bold: true }), cell('法人或其他组织', { columnSpan: 5, bold: true }), cell('总计', { rowSpan: 2, bold: true })),
    row(...ORGANISATION_KINDS.map((k) => cell(ORGANISATION_KIND_LABELS[k], { bold: true }))),
    row(cell('一、本年新收政府信息公开申请数量', { columnSpan: 3 }), ...numbers('received')),
    row(cell('二、上年结转政府信息公开申请数量', { columnSpan: 3 }), ...numbers('carriedIn')),
    ...resultRows,
    row(cell('（七）总计', { columnSpan: 2 }), ...numbers('total')),
    row(cell('四、结转下年度继续办理', { columnSpan: 3 }), ...numbers('carriedOut')),
  ]);
}

export const reviewTotal = (counts: ReviewTable[keyof ReviewTable]): number => REVIEW_RESULTS.reduce((n, r) => n + counts[r], 0);

export function reviewTable(review: ReviewTable): Table {
  const small = { size: SIZES.small };
  const heads = (span: { rowSpan?: number }) => [...REVIEW_RESULTS.map((r) => cell(REVIEW_RESULT_LABELS[r], { ...small, ...span })), cell('总计', { ...small, ...span })];
  const values = REVIEW_KINDS.flatMap((k) => [...REVIEW_RESULTS.map((r) => cell(review[k][r], small)), cell(reviewTotal(review[k]), small)]);
  return table(evenly(15), [
    row(cell(REVIEW_KIND_LABELS.reconsideration, { columnSpan: 5, ...small, bold: true }), cell('行政诉讼', { columnSpan: 10, ...small, bold: true })),
    row(...heads({ rowSpan: 2 }), cell(REVIEW_KIND_LABELS.direct, { columnSpan: 5, ...small }), cell(REVIEW_KIND_LABELS.afterReconsideration, { columnSpan: 5, ...small })),
    row(...heads({}), ...heads({})),
    row(...values),
  ]);
}
