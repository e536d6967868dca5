// `public`: the citizen-facing function. Reads are open to anyone; writes need a WeChat user.
import { healthApi } from './health';
import * as v from 'valibot';
import { CASE_FIELD_LABELS, COMMENT_FIELD_LABELS, DISCLOSURE_FIELD_LABELS, RATING_FIELD_LABELS } from './field-labels';
import type { FeedItem } from '../models/feed';
import { POLICY_CATEGORIES, POLICY_LEVELS, POLICY_STATUSES, QA_TOPICS } from '../models/policy';
import type { StaffRole } from '../models/staff';
import { VOTABLE_KINDS } from '../models/vote';
import { CONTENT_KINDS } from '../models/revision';
import type { Votes } from '../models/content';
import { PROJECT_STATUSES, PROJECT_TYPES } from '../models/project';
import { defineAction } from './action';
import { placesApi } from './places';
import { NOTICE_AREAS_MAX } from '../models/place';
import { uploadFileId } from './file-id';
import { line, prose } from './text-rule';
import type { InspectionView, ProjectListItem, ProjectUpdateView, ProjectView } from './project-views';
import type { AnsweredCase, CaseStatsWindow, CaseView } from './case-views';
import { ASKABLE_CATEGORIES, CASE_PHOTOS_MAX, DISCLOSURE_FORMS } from '../models/case';
import { ORGANISATION_KINDS } from '../models/disclosure-result';
import { DELIVERY_MODES, NOTICE_TOPICS, TEMPLATE_KEYS } from '../models/notice';
import type { NoticeListItem, NoticePrefsView, NoticeView } from './notice-views';
import type { ServiceListItem, ServiceView } from './service-views';
import { SERVICE_KINDS } from '../models/service';
import { BUDGET_TYPES } from '../models/budget';
import type { BudgetView, BudgetYear } from './budget-views';
import type { CommentView, ConsultationListItem, ConsultationView } from './consultation-views';
import type { GlossaryTerm, HistoryItem, Paged, PolicyListItem, PolicyView, QaItem } from './policy-views';
import { personalDataPublicApi } from './personal-data';
import { aboutPublicApi } from './about';
import { busPublicApi } from './bus-routes';
import { annualReportPublicApi } from './annual-report';
import { decisionPublicApi } from './decision-views';
import { reachPublicApi } from './reach';
import { posterPublicApi } from './posters';
import { visitorCodeApi } from './visitor-code';
import { meetingPublicApi } from './meetings';
import { handlingPublicApi } from './handling-views';

export const FEED_PAGE_MAX = 50;

export interface FeedPage {
  items: FeedItem[];
  /** Pass back to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface Me {
  signedIn: boolean;
  roles: StaffRole[];
  name: string | null;
  /** Where this person's uploads go (`uploads/<OPENID>`, staff `staff/<OPENID>`); null when not signed in. */
  uploadFolder: string | null;
}

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const cursor = v.optional(v.pipe(v.string(), v.maxLength(100)));
const limit = (max: number) => v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max)));

export const publicApi = {
  listFeed: defineAction<FeedPage>()(v.strictObject({ cursor, limit: limit(FEED_PAGE_MAX) })),
  getMe: defineAction<Me>()(v.strictObject({})),
  listPolicies: defineAction<Paged<PolicyListItem>>()(
    v.strictObject({
      category: v.optional(v.picklist(POLICY_CATEGORIES)),
      status: v.optional(v.picklist(POLICY_STATUSES)),
      level: v.optional(v.picklist(POLICY_LEVELS)),
      year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2100))),
      cursor,
      limit: limit(50),
    }),
  ),
  getPolicy: defineAction<PolicyView>()(v.strictObject({ id })),
  getPolicyBody: defineAction<{ blocks: PolicyView['body']; nextFrom: number | null }>()(
    v.strictObject({ id, from: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)) }),
  ),
  listQas: defineAction<Paged<QaItem>>()(
    v.strictObject({ policyId: v.optional(id), topic: v.optional(v.picklist(QA_TOPICS)), cursor, limit: limit(50) }),
  ),
  getQa: defineAction<QaItem & { policyTitle: string | null; myVote: boolean | null; withdrawnNote: string | null }>()(v.strictObject({ id })),
  listHistory: defineAction<Paged<HistoryItem>>()(v.strictObject({ kind: v.picklist(CONTENT_KINDS), id, cursor, limit: limit(50) })),
  listTerms: defineAction<Paged<GlossaryTerm>>()(v.strictObject({ cursor, limit: limit(100) })),
  listProjects: defineAction<Paged<ProjectListItem>>()(
    v.strictObject({
      type: v.optional(v.picklist(PROJECT_TYPES)),
      status: v.optional(v.picklist(PROJECT_STATUSES)),
      township: v.optional(line(20)),
      sort: v.optional(v.picklist(['updated', 'progress']), 'updated'),
      cursor,
      limit: limit(50),
    }),
  ),
  getProject: defineAction<ProjectView>()(v.strictObject({ id })),
  /** The townships that have projects, with counts, for the township filter. */
  listTownships: defineAction<{ items: { township: string; count: number }[] }>()(v.strictObject({})),
  ...placesApi,
  ...healthApi,
  ...personalDataPublicApi,
  listProjectUpdates: defineAction<Paged<ProjectUpdateView>>()(v.strictObject({ projectId: id, cursor, limit: limit(20) })),
  listInspections: defineAction<Paged<InspectionView>>()(v.strictObject({ projectId: id, cursor, limit: limit(20) })),
  /** 关注 a project (idempotent); `follow: false` stops following. */
  followProject: defineAction<{ following: boolean }>()(v.strictObject({ id, follow: v.boolean() })),
  listNotices: defineAction<Paged<NoticeListItem>>()(v.strictObject({ kind: v.optional(v.picklist(NOTICE_TOPICS)), cursor, limit: limit(50) })),
  /** Marks the notice read for a signed-in person. */
  getNotice: defineAction<NoticeView>()(v.strictObject({ id })),
  getNoticePrefs: defineAction<NoticePrefsView>()(v.strictObject({})),
  saveNoticePrefs: defineAction<NoticePrefsView>()(
    v.strictObject({
      topics: v.pipe(v.array(v.picklist(NOTICE_TOPICS)), v.maxLength(NOTICE_TOPICS.length)),
      /** "乡镇" or "乡镇/村" on the county's list (the function checks); empty means everywhere. */
      areas: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.regex(/^[\u4e00-\u9fa5A-Za-z0-9]{1,12}(\/[\u4e00-\u9fa5A-Za-z0-9]{1,8})?$/, '地区格式应为“乡镇”或“乡镇/村”'))), v.maxLength(NOTICE_AREAS_MAX)),
      mode: v.picklist(DELIVERY_MODES),
    }),
  ),
  /** What wx.requestSubscribeMessage answered, per template. */
  recordConsents: defineAction<NoticePrefsView>()(
    v.strictObject({
      results: v.pipe(v.array(v.strictObject({ key: v.picklist(TEMPLATE_KEYS), result: v.picklist(['accept', 'reject', 'ban', 'filter']) })), v.minLength(1), v.maxLength(3)),
    }),
  ),
  listServices: defineAction<Paged<ServiceListItem>>()(
    v.strictObject({ kind: v.optional(v.picklist(SERVICE_KINDS)), lifeEvent: v.optional(line(12, 0)), cursor, limit: limit(50) }),
  ),
  listLifeEvents: defineAction<{ items: { name: string; count: number }[] }>()(v.strictObject({})),
  getService: defineAction<ServiceView>()(v.strictObject({ id })),
  /** 好差评: one rating per person per service (a new one replaces it); a poor one opens a follow-up case. */
  rateService: defineAction<{ level: number; caseTrackingNo: string | null }>()(
    v.strictObject({
      id,
      level: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
      comment: v.optional(prose(300, 0), ''),
      requestId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/)),
    }),
    RATING_FIELD_LABELS,
  ),
  listBudgetYears: defineAction<{ items: BudgetYear[] }>()(v.strictObject({})),
  getBudget: defineAction<BudgetView>()(v.strictObject({ year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)), type: v.picklist(BUDGET_TYPES) })),
  listConsultations: defineAction<Paged<ConsultationListItem>>()(v.strictObject({ cursor, limit: limit(50) })),
  getConsultation: defineAction<ConsultationView>()(v.strictObject({ id })),
  /** Visible comments, newest first; a section's only when `section` is given (-1: on the whole draft). */
  listComments: defineAction<Paged<CommentView>>()(v.strictObject({ id, section: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(39))), cursor, limit: limit(50) })),
  /** One comment per client request id; checked for content; only while the consultation is open. */
  submitComment: defineAction<CommentView>()(
    v.strictObject({
      id,
      section: v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(39)),
      text: prose(1000, 5),
      requestId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/)),
    }),
    COMMENT_FIELD_LABELS,
  ),
  /** 我的意见: the caller's comments with their status and outcome. */
  listMyComments: defineAction<Paged<CommentView>>()(v.strictObject({ cursor, limit: limit(50) })),
  /** 依申请公开: the application form (政府信息公开条例 art. 29). */
  applyDisclosure: defineAction<CaseView>()(
    v.strictObject({
      requestId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/)),
      applicant: v.pipe(
        v.strictObject({
          type: v.picklist(['person', 'organisation']),
          orgKind: v.optional(v.picklist(ORGANISATION_KINDS)),
          name: line(30, 2),
          idNumber: v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^(\d{17}[\dX]|[0-9A-Z]{18})$/, '证件号码应为 18 位身份证号或统一社会信用代码')),
          organisation: v.optional(line(60, 0), ''),
          phone: v.pipe(v.string(), v.regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '请填写手机号或带区号的固定电话')),
          address: line(100, 4),
          email: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80), v.regex(/^$|^[\w.+-]+@[\w-]+(\.[\w-]+)+$/, '邮箱格式不正确')), ''),
        }),
        v.check((a) => a.type === 'person' || a.organisation.length > 0, '法人或其他组织申请，请填写单位名称'),
        v.check((a) => (a.type === 'person' ? a.orgKind === undefined : a.orgKind !== undefined), '法人或其他组织申请，请选择单位类别；个人申请不选'),
      ),
      description: prose(2000, 10),
      purpose: prose(300, 2),
      form: v.picklist(DISCLOSURE_FORMS),
    }),
    DISCLOSURE_FIELD_LABELS,
  ),
  /** 依申请公开: the applicant supplies what staff asked for; the clock restarts. */
  supplementDisclosure: defineAction<CaseView>()(v.strictObject({ id, text: prose(1000, 2) })),
  /** 我要提问 / 反映: one case per client request id, however often it is retried. */
  /** A case recorded by staff (hotline, letter…) taken into the caller's 我的提问 with its tracking number and code. */
  claimCase: defineAction<CaseView>()(
    v.strictObject({ trackingNo: v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^\d{8}-[A-Z0-9]{6}$/, '编号应形如 20261130-ABC234')), code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/, '查询码是 6 位数字')) }),
  ),
  submitCase: defineAction<CaseView>()(
    v.strictObject({
      requestId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/)),
      category: v.picklist(ASKABLE_CATEGORIES),
      text: prose(1000, 5),
      phone: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/))), null),
      related: v.optional(v.nullable(v.strictObject({ kind: v.picklist(['policy', 'qa', 'project', 'service', 'notice', 'budget']), id, title: line(80, 0) })), null),
      /** May the question and answer be shown to others, names and numbers masked? */
      consentPublic: v.optional(v.boolean(), false),
      /** Up to 3 photos the person uploaded to their own folder. */
      photos: v.optional(v.pipe(v.array(uploadFileId), v.maxLength(CASE_PHOTOS_MAX)), []),
    }),
    CASE_FIELD_LABELS,
  ),
  /** Public statistics: counts, median reply time and the on-time share, for 30 days and the half year. */
  getCaseStats: defineAction<{ windows: CaseStatsWindow[] }>()(v.strictObject({})),
  /** Answered questions the askers agreed to show, newest first. */
  listAnsweredCases: defineAction<Paged<AnsweredCase>>()(v.strictObject({ cursor, limit: limit(50) })),
  /** The follow-up question on a closed case: did the answer help? */
  answerFollowUp: defineAction<CaseView>()(v.strictObject({ id, solved: v.boolean() })),
  listMyCases: defineAction<Paged<CaseView>>()(v.strictObject({ cursor, limit: limit(20) })),
  getMyCase: defineAction<CaseView>()(v.strictObject({ id })),
  /** 没解决: reopens a replied or closed case with what is still wrong. */
  reopenMyCase: defineAction<CaseView>()(v.strictObject({ id, note: prose(300, 2) })),
  /** 有帮助 / 没帮助: one vote per person per item; voting again changes it, never adds. */
  vote: defineAction<{ votes: Votes; myVote: boolean }>()(v.strictObject({ kind: v.picklist(VOTABLE_KINDS), id, helpful: v.boolean() })),
  ...aboutPublicApi,
  ...busPublicApi,
  ...decisionPublicApi,
  ...reachPublicApi,
  ...meetingPublicApi,
  ...posterPublicApi,
  ...annualReportPublicApi,
  ...visitorCodeApi,
  ...handlingPublicApi,
};

export type PublicApi = typeof publicApi;
