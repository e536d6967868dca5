// The annual disclosure report's actions: staff draft it from the records, see what each figure is made of,
// classify old records the report cannot place, and export it as a Word document; citizens read it once
// published. Saving, review and approval go through the content workflow (kind `annualReport`).
import * as v from 'valibot';
import type { AnnualReportContent, ReportFigures } from '../models/annual-report';
import { DISCLOSURE_OUTCOMES, DISCLOSURE_REASON_LIST, ORGANISATION_KINDS, reasonFits } from '../models/disclosure-result';
import { defineAction } from './action';
import { reportYear } from './annual-report-input';
import { DECIDE_DISCLOSURE_LABELS, REASON_MISMATCH } from './disclosure-decision-labels';

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export interface UnplacedView {
  id: string;
  kind: 'application' | 'policy';
  label: string;
  problems: string[];
}

export interface AnnualReportDraftView {
  year: number;
  figures: ReportFigures;
  /** Records the figures could not place, to classify before the report goes to review. */
  unplaced: UnplacedView[];
  /** What a reader must know: a year not over, applications carried over, records not placed. */
  notes: string[];
  /** Sentences with measured figures staff may use in 一、总体情况 and 五、存在的主要问题. */
  offered: { overview: string[]; problems: string[] };
  /** 'YYYY-MM-DD': 31 January of the next year. */
  dueOn: string;
  /** The published report of that year, if any. */
  published: { id: string; version: number; publishedAt: string } | null;
}

export interface AnnualReportView extends AnnualReportContent {
  id: string;
  version: number;
  publishedAt: string;
}

export const annualReportStaffApi = {
  /** The year's figures counted now, with the records that cannot be placed and the notes. */
  draftAnnualReport: defineAction<AnnualReportDraftView>()(v.strictObject({ year: reportYear }), { year: '报告年度' }),
  /** The records behind one figure (a cell of a table), first `limit` of them. */
  listReportRecords: defineAction<{ items: { id: string; label: string }[]; total: number }>()(
    v.strictObject({ year: reportYear, cell: v.pipe(v.string(), v.regex(/^[A-Za-z_]{1,20}(\.[A-Za-z_]{1,20}){1,3}$/)), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)), 50) }),
  ),
  /** An old application the report cannot place: its result in the national categories and/or the
   * organisation's kind, as staff read them from the file. Audited; what the applicant was told is unchanged. */
  classifyDisclosure: defineAction<UnplacedView | null>()(
    v.pipe(
      v.strictObject({
        id,
        decision: v.optional(v.picklist(DISCLOSURE_OUTCOMES)),
        reason: v.optional(v.nullable(v.picklist(DISCLOSURE_REASON_LIST)), null),
        orgKind: v.optional(v.picklist(ORGANISATION_KINDS)),
      }),
      v.check((d) => d.decision !== undefined || d.orgKind !== undefined, '请选择答复决定的分类或申请单位的类别'),
      v.check((d) => (d.decision === undefined ? !d.reason : reasonFits(d.decision, d.reason)), REASON_MISMATCH),
    ),
    DECIDE_DISCLOSURE_LABELS,
  ),
  /** A Word document (.docx) of the published report, or of a revision staff can read; a link to it. */
  exportAnnualReport: defineAction<{ fileId: string; url: string; bytes: number; name: string }>()(
    v.strictObject({ year: reportYear, revisionId: v.optional(id) }),
  ),
};

export const annualReportPublicApi = {
  /** The years with a published report, newest first. */
  listAnnualReports: defineAction<{ items: { year: number; id: string; publishedAt: string }[] }>()(v.strictObject({})),
  getAnnualReport: defineAction<AnnualReportView>()(v.strictObject({ year: reportYear }), { year: '报告年度' }),
};
