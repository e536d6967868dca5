// 双公示 decisions as citizens and staff read them, and the actions on them (public and staff tables).
import * as v from 'valibot';
import type { ConfidentialityResult } from '../models/confidentiality';
import { DECISION_KINDS, type DecisionKind, PENALTY_TYPES, type PartyType, PUBLICITY_BOUNDS, type PublicityDays } from '../models/decision';
import type { BudgetFileEncoding } from '../models/budget';
import { defineAction } from './action';
import { CONFIDENTIALITY_LABELS, confidentialityInput } from './confidentiality-input';
import { uploadFileId } from './file-id';
import { line, prose } from './text-rule';
import { hasOneSource, ONE_SOURCE_MESSAGE } from './budget-import';

export interface DecisionListItem {
  id: string;
  kind: DecisionKind;
  decisionNo: string;
  partyName: string;
  partyType: PartyType;
  /** 'YYYY-MM-DD'. */
  decisionDate: string;
  authority: string;
  content: string;
  penaltyTypes: string[];
  /** 万元. */
  amount: number | null;
}

export interface DecisionView extends DecisionListItem {
  creditCode: string | null;
  legalRep: string;
  licenceType: string | null;
  certificate: string;
  validFrom: string | null;
  validTo: string | null;
  violation: string;
  legalBasis: string;
  publishedAt: string;
  /** The last day it stays in public view ('YYYY-MM-DD'). */
  publicUntil: string;
}

export interface StaffDecisionItem extends DecisionListItem {
  publishedAt: string;
  dueAt: string;
  late: boolean;
  importedBy: string;
  confidentiality: { basis: string; result: ConfidentialityResult; by: string; at: string };
}

export interface DecisionImportResult {
  kind: DecisionKind;
  rows: number;
  created: number;
  updated: number;
  /** Of the rows in the file, how many went online after their 7-working-day deadline. */
  late: number;
  encoding: BudgetFileEncoding | null;
}

/** Per year, for the annual report. */
export interface DecisionCounts {
  year: number;
  licences: number;
  penalties: number;
  late: Record<DecisionKind, number>;
  byPenaltyType: Record<string, number>;
  /** 罚没金额合计, 万元. */
  fines: number;
}

const kind = v.picklist(DECISION_KINDS);
const cursor = v.optional(v.pipe(v.string(), v.maxLength(100)));
const limit = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)));
const decisionId = v.pipe(v.string(), v.regex(/^(licence|penalty)-[a-f0-9]{24}$/));
const days = (k: DecisionKind) => v.pipe(v.number(), v.integer(), v.minValue(PUBLICITY_BOUNDS[k][0]), v.maxValue(PUBLICITY_BOUNDS[k][1]));

export const decisionPublicApi = {
  /** Decisions still in their publicity period, newest first; keyword over party, number and content. */
  listDecisions: defineAction<{ items: DecisionListItem[]; nextCursor: string | null }>()(
    v.strictObject({
      kind,
      q: v.optional(line(40, 0), ''),
      year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100))),
      month: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
      authority: v.optional(line(60)),
      penaltyType: v.optional(v.picklist(PENALTY_TYPES)),
      cursor,
      limit,
    }),
  ),
  getDecision: defineAction<DecisionView>()(v.strictObject({ id: decisionId })),
  /** What the filters offer, and how long each kind stays in view. */
  getDecisionFacets: defineAction<{ authorities: string[]; days: PublicityDays }>()(v.strictObject({})),
};

export const decisionStaffApi = {
  /** Reviewers (and admins): a file of licences or penalties, checked whole, published at once with its 保密审查. */
  importDecisions: defineAction<DecisionImportResult>()(
    v.pipe(
      v.strictObject({ kind, fileId: v.optional(uploadFileId), csv: v.optional(prose(1_000_000)), confidentiality: confidentialityInput }),
      v.check((input) => hasOneSource(input), ONE_SOURCE_MESSAGE),
    ),
    CONFIDENTIALITY_LABELS,
  ),
  /** Any staff member: every decision, in view or not, with its clock; `late` picks the late ones. */
  listStaffDecisions: defineAction<{ items: StaffDecisionItem[]; nextCursor: string | null; lateCount: number; total: number }>()(
    v.strictObject({ kind, late: v.optional(v.boolean()), cursor, limit }),
  ),
  /** Admins only: days a decision stays in public view after its date, per kind. Audited. */
  setPublicityPeriods: defineAction<{ days: PublicityDays }>()(
    v.strictObject({ days: v.strictObject({ licence: days('licence'), penalty: days('penalty') }) }),
    { days: '公示期限', 'days.licence': '行政许可公示天数', 'days.penalty': '行政处罚公示天数' },
  ),
};
