// `staff`: actions for bureau staff only; each one names the roles it needs.
import { healthApi } from './health';
import * as v from 'valibot';
import { CONTENT_KINDS, REVISION_STATUSES } from '../models/revision';
import { LIAISON_VILLAGES_MAX, STAFF_ROLES, type StaffRole } from '../models/staff';
import { defineAction } from './action';
import { uploadFileId } from './file-id';
import { line, prose } from './text-rule';
import type { ImportReport, RevisionDetail, RevisionSummary } from './workflow';
import type { StaffCaseView } from './case-views';
import { ASKABLE_CATEGORIES, CASE_STATUSES, RECORDED_CHANNELS, type CaseCategory, type ConfigurableCategory } from '../models/case';
import { isoDay } from './calendar-day';
import { RECORD_CASE_FIELD_LABELS } from './field-labels';
import type { NoticeReport, NoticeSendSummary } from './notice-views';
import type { ServiceGap } from './service-views';
import { BUDGET_TYPES } from '../models/budget';
import { budgetCodesApi, type BudgetImportResult, budgetYear, hasOneSource, ONE_SOURCE_MESSAGE } from './budget-import';
import { COMMENT_STATUSES, OUTCOME_DECISIONS } from '../models/consultation';
import type { CommentView } from './consultation-views';
import { holidayCalendarApi } from './holiday-calendar';
import { placesAdminApi } from './places';
import { searchLogStaffApi } from './search-log';
import { personalDataStaffApi } from './personal-data';
import { busStaffApi } from './bus-routes';

export interface RecordedCase {
  case: StaffCaseView;
  /** With the tracking number, lets the person follow the case in the app (我的提问 → 用编号查找). */
  claimCode: string;
  /** What to send or read to the person. */
  smsText: string;
}
import { decisionStaffApi } from './decision-views';
import { reachStaffApi } from './reach';
import { meetingStaffApi } from './meetings';
import { CONFIDENTIALITY_LABELS, confidentialityInput } from './confidentiality-input';
import { freshnessStaffApi } from './freshness';
import { posterStaffApi } from './posters';
import { DISCLOSURE_OUTCOMES, DISCLOSURE_REASON_LIST, reasonFits } from '../models/disclosure-result';
import { DECIDE_DISCLOSURE_LABELS, REASON_MISMATCH } from './disclosure-decision-labels';
import { annualReportStaffApi } from './annual-report';
import { handlingStaffApi } from './handling-views';
import { workSummaryStaffApi } from './work-summary-views';

export interface StaffMember {
  openid: string;
  name: string;
  roles: StaffRole[];
  /** A village liaison's villages ('乡镇/村'); empty for everyone else. */
  villages: string[];
  updatedAt: string;
}

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const note = (max: number) => v.optional(prose(max, 0), '');
const documents = (max: number) => v.optional(v.pipe(v.array(v.strictObject({ name: line(80), fileId: uploadFileId })), v.maxLength(max)), []);
export const IMPORT_BATCH_MAX = 50;
const clockDays = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20));

export const staffApi = {
  ...healthApi,
  listStaff: defineAction<{ items: StaffMember[] }>()(v.strictObject({})),
  /** Sets a person's roles (an empty list removes them from staff). Idempotent. */
  setRoles: defineAction<StaffMember | null>()(
    v.strictObject({
      openid: v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9_-]{6,64}$/)),
      name: line(30),
      roles: v.pipe(v.array(v.picklist(STAFF_ROLES)), v.maxLength(STAFF_ROLES.length)),
      /** A village liaison's villages ('乡镇/村'): required with that role, refused without it. */
      villages: v.optional(v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(20))), v.maxLength(LIAISON_VILLAGES_MAX)), []),
    }),
    { villages: '负责的村' },
  ),
  /** Creates or updates a draft. The client picks revisionId, so a retried save never duplicates. */
  saveDraft: defineAction<RevisionDetail>()(
    v.strictObject({
      revisionId: id,
      kind: v.picklist(CONTENT_KINDS),
      targetId: v.optional(v.nullable(id), null),
      content: v.unknown(),
      changeNote: note(100),
    }),
  ),
  submitRevision: defineAction<RevisionSummary>()(v.strictObject({ revisionId: id })),
  /** Approving publishes, and must carry the 保密审查 (basis and conclusion), recorded with it. */
  reviewRevision: defineAction<RevisionSummary>()(
    v.strictObject({ revisionId: id, decision: v.picklist(['approve', 'reject']), note: note(200), confidentiality: confidentialityInput }),
    CONFIDENTIALITY_LABELS,
  ),
  listRevisions: defineAction<{ items: RevisionSummary[]; nextCursor: string | null }>()(
    v.strictObject({
      status: v.optional(v.picklist(REVISION_STATUSES)),
      cursor: v.optional(v.pipe(v.string(), v.maxLength(100))),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
    }),
  ),
  getRevision: defineAction<RevisionDetail>()(v.strictObject({ revisionId: id })),
  /** A published item's content in the shape the editor takes, to start a new revision from. */
  getEditable: defineAction<{ content: Record<string, unknown>; version: number }>()(
    v.strictObject({ kind: v.picklist(CONTENT_KINDS), targetId: id }),
  ),
  withdrawItem: defineAction<{ version: number }>()(
    v.strictObject({ kind: v.picklist(CONTENT_KINDS), targetId: id, reason: prose(100, 2) }),
  ),
  /** The case queue: oldest deadline first. */
  listCases: defineAction<{ items: StaffCaseView[]; nextCursor: string | null }>()(
    v.strictObject({ status: v.optional(v.picklist(CASE_STATUSES)), cursor: v.optional(v.pipe(v.string(), v.maxLength(100))), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))) }),
  ),
  /** Replies to a case (and closes it when asked); the person sees it at once. */
  replyCase: defineAction<StaffCaseView>()(
    v.strictObject({
      id,
      reply: prose(2000, 2),
      close: v.optional(v.boolean(), false),
      /** Show it in the public answered list (only when the person agreed), with the 保密审查 that publishing needs. */
      makePublic: v.optional(v.boolean(), false),
      confidentiality: confidentialityInput,
    }),
    CONFIDENTIALITY_LABELS,
  ),
  /** A case that arrived by hotline, letter, e-mail or visit, recorded by staff: once per request id, on the
   * clock from the day it was received. Answers the code the person claims it with in the app, and the SMS. */
  recordCase: defineAction<RecordedCase>()(
    v.strictObject({
      requestId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/)),
      channel: v.picklist(RECORDED_CHANNELS),
      receivedOn: isoDay,
      category: v.picklist(ASKABLE_CATEGORIES),
      text: prose(1000, 5),
      phone: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/))), null),
    }),
    RECORD_CASE_FIELD_LABELS,
  ),
  /** 我来办理: the caller takes the case; the person sees it is being handled. */
  assignCase: defineAction<StaffCaseView>()(v.strictObject({ id })),
  getCaseClocks: defineAction<{ days: Record<CaseCategory, number> }>()(v.strictObject({})),
  /** Admins only: reply deadlines per category, in working days (applies to new cases). */
  setCaseClocks: defineAction<{ days: Record<ConfigurableCategory, number> }>()(
    v.strictObject({ days: v.strictObject({ question: clockDays, suggestion: clockDays, complaint: clockDays, rating: clockDays }) }),
  ),
  listNoticeSends: defineAction<{ items: NoticeSendSummary[]; nextCursor: string | null }>()(
    v.strictObject({ cursor: v.optional(v.pipe(v.string(), v.maxLength(100))), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))) }),
  ),
  /** A send's delivery report, by the notice's id or the send's own id. */
  getNoticeReport: defineAction<NoticeReport>()(v.strictObject({ id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,80}$/)) })),
  /** 完整性检查: published guides that still lack required elements. */
  listServiceGaps: defineAction<{ items: ServiceGap[] }>()(v.strictObject({})),
  /** A year's budget or final accounts from an uploaded CSV file (or pasted text), checked whole; a year already published needs `replace`. */
  importBudget: defineAction<BudgetImportResult>()(
    v.pipe(
      v.strictObject({
        year: budgetYear,
        type: v.picklist(BUDGET_TYPES),
        fileId: v.optional(uploadFileId),
        csv: v.optional(prose(200_000)),
        replace: v.optional(v.boolean(), false),
        documents: documents(10),
        /** The finance bureau's approval day (批复日期); when absent, the one recorded with recordBudgetApproval. */
        approvedOn: v.optional(isoDay),
        /** Importing publishes at once, so it carries the 保密审查 like an approval. */
        confidentiality: confidentialityInput,
      }),
      v.check((input) => hasOneSource(input), ONE_SOURCE_MESSAGE),
    ),
    CONFIDENTIALITY_LABELS,
  ),
  ...budgetCodesApi,
  /** Every comment on a consultation, held ones included, oldest first (for moderation and outcomes). */
  listConsultationComments: defineAction<{ items: CommentView[]; nextCursor: string | null }>()(
    v.strictObject({ id, status: v.optional(v.picklist(COMMENT_STATUSES)), cursor: v.optional(v.pipe(v.string(), v.maxLength(100))), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))) }),
  ),
  /** Hide a comment (with a reason the person sees) or show a held one. Audited. */
  moderateComment: defineAction<CommentView>()(
    v.strictObject({ id: v.pipe(v.string(), v.regex(/^[a-f0-9]{32}$/)), hide: v.boolean(), reason: note(100) }),
  ),
  /** After closing: adopted / partly / not adopted, with the reason. */
  recordOutcome: defineAction<CommentView>()(
    v.strictObject({ id: v.pipe(v.string(), v.regex(/^[a-f0-9]{32}$/)), decision: v.picklist(OUTCOME_DECISIONS), reason: prose(500, 2) }),
  ),
  /** Publishes the outcome report once every visible comment has an outcome, with its 保密审查; tells each commenter. */
  publishOutcome: defineAction<{ counts: Record<(typeof OUTCOME_DECISIONS)[number], number> }>()(
    v.strictObject({ id, summary: prose(2000, 10), confidentiality: confidentialityInput }),
    CONFIDENTIALITY_LABELS,
  ),
  /** 依申请公开: once, 20 more working days, with the reason the applicant sees. */
  extendDisclosure: defineAction<StaffCaseView>()(v.strictObject({ id, reason: prose(300, 4) })),
  /** 依申请公开: ask for a supplement (within 7 working days of receipt); the clock stops until it comes. */
  requestSupplement: defineAction<StaffCaseView>()(v.strictObject({ id, note: prose(500, 4) })),
  /** 依申请公开: the decision in the national categories (a refusal, 无法提供, 不予处理 or 其他处理 names its
   * reason), the reply the applicant reads, and documents; closes the case. */
  decideDisclosure: defineAction<StaffCaseView>()(
    v.pipe(
      v.strictObject({
        id,
        decision: v.picklist(DISCLOSURE_OUTCOMES),
        reason: v.optional(v.nullable(v.picklist(DISCLOSURE_REASON_LIST)), null),
        reply: prose(2000, 4),
        documents: documents(20),
      }),
      v.check((d) => reasonFits(d.decision, d.reason), REASON_MISMATCH),
    ),
    DECIDE_DISCLOSURE_LABELS,
  ),
  /** Publishes at once, so it carries the batch's 保密审查 like an approval. */
  importContent: defineAction<ImportReport>()(
    v.strictObject({ items: v.pipe(v.array(v.unknown()), v.minLength(1), v.maxLength(IMPORT_BATCH_MAX)), confidentiality: confidentialityInput }),
    CONFIDENTIALITY_LABELS,
  ),
  ...holidayCalendarApi,
  ...placesAdminApi,
  ...searchLogStaffApi,
  ...personalDataStaffApi,
  ...busStaffApi,
  ...decisionStaffApi,
  ...reachStaffApi,
  ...meetingStaffApi,
  ...freshnessStaffApi,
  /** Reviewers: the day the finance bureau approved a year's budget or final accounts, recorded before the file is ready: the 20-day publication clock runs from it. Audited; setting the same day again changes nothing. */
  recordBudgetApproval: defineAction<{ id: string; approvedOn: string }>()(
    v.strictObject({ year: budgetYear, type: v.picklist(BUDGET_TYPES), approvedOn: isoDay }),
    { year: '年度', type: '类别', approvedOn: '批复日期' },
  ),
  ...posterStaffApi,
  ...annualReportStaffApi,
  ...handlingStaffApi,
  ...workSummaryStaffApi,
};

export type StaffApi = typeof staffApi;
