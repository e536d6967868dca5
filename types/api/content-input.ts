// Input schemas for content as staff and the importer send it. Limits follow the plain-language
// rules (titles < 65 characters, summaries < 160) and keep any one document small.
import * as v from 'valibot';
import { POLICY_CATEGORIES, POLICY_DOC_TYPES, POLICY_LEVELS, POLICY_STATUSES, QA_TOPICS } from '../models/policy';
import { DISCLOSURE_CATEGORIES, INSPECTION_RESULTS, PROJECT_STATUSES, PROJECT_TYPES } from '../models/project';
import { NOTICE_AUDIENCES, NOTICE_TOPICS } from '../models/notice';
import { SERVICE_KINDS } from '../models/service';
import { areaLabel } from '../models/notice-message';
import { isoDay as isoDate, isoDayTime } from './calendar-day';
import { uploadFileId as fileId } from './file-id';
import { line as text, prose } from './text-rule';
import { bureauInput, guideInput, proposalInput } from './about-inputs';
import { busRouteInput } from './bus-route-input';
import { annualReportInput } from './annual-report-input';

// `text` is one line (line breaks become spaces); `prose` may span lines. Both follow text-rule.ts.
const optionalText = (max: number) => v.optional(text(max, 0), '');
const optionalProse = (max: number) => v.optional(prose(max, 0), '');
const nullableDate = v.optional(v.nullable(isoDate), null);
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const bodyInput = v.strictObject({
  format: v.picklist(['text', 'html']),
  // Word exports of long tables (裁量基准) run to hundreds of thousands of characters; a call carries up to 6 MB.
  source: prose(1_000_000, 0),
});

export const explainerInput = v.strictObject({
  keyPoints: v.pipe(v.array(prose(200)), v.minLength(1), v.maxLength(12)),
  changesForYou: v.optional(v.pipe(v.array(prose(200)), v.maxLength(12)), []),
  differences: v.optional(v.pipe(v.array(v.strictObject({ before: prose(300), after: prose(300) })), v.maxLength(20)), []),
  images: v.optional(v.pipe(v.array(v.strictObject({ fileId, caption: optionalText(60) })), v.maxLength(9)), []),
});

export const policyInput = v.strictObject({
  title: text(64),
  docNumber: optionalText(50),
  issuer: text(50),
  level: v.picklist(POLICY_LEVELS),
  category: v.picklist(POLICY_CATEGORIES),
  tags: v.optional(v.pipe(v.array(text(12)), v.maxLength(10)), []),
  issuedAt: isoDate,
  effectiveAt: nullableDate,
  expiresAt: nullableDate,
  status: v.optional(v.picklist(POLICY_STATUSES), 'in_force'),
  summary: prose(160),
  body: bodyInput,
  attachments: v.optional(v.pipe(v.array(v.strictObject({ name: text(80), fileId })), v.maxLength(20)), []),
  explainer: v.optional(v.nullable(explainerInput), null),
  replaces: v.optional(v.nullable(id), null),
  docType: v.optional(v.picklist(POLICY_DOC_TYPES)),
  ownIssue: v.optional(v.boolean()),
});

export const qaInput = v.strictObject({
  policyId: v.optional(v.nullable(id), null),
  serviceId: v.optional(v.nullable(id), null),
  topic: v.picklist(QA_TOPICS),
  question: text(100),
  answer: prose(1500),
  order: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)), 0),
});

export const termInput = v.strictObject({
  term: text(20),
  aliases: v.optional(v.pipe(v.array(text(20)), v.maxLength(10)), []),
  plain: prose(300),
});

const amount = v.pipe(v.number(), v.minValue(0), v.maxValue(10_000_000));
const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100));

export const projectInput = v.pipe(
  v.strictObject({
    name: text(64),
    type: v.picklist(PROJECT_TYPES),
    township: text(20),
    location: optionalText(100),
    owner: text(50),
    builder: optionalText(50),
    supervisor: optionalText(50),
    startAt: nullableDate,
    plannedEndAt: nullableDate,
    status: v.picklist(PROJECT_STATUSES),
    summary: prose(160),
    investment: v.optional(v.pipe(v.array(v.strictObject({ year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)), planned: amount, completed: amount })), v.maxLength(30)), []),
    milestones: v.optional(
      v.pipe(v.array(v.strictObject({ name: text(40), weight: v.pipe(v.number(), v.minValue(1), v.maxValue(100)), percent, plannedAt: isoDate, actualAt: nullableDate })), v.maxLength(50)),
      [],
    ),
    disclosures: v.optional(
      v.pipe(v.array(v.strictObject({ category: v.picklist(DISCLOSURE_CATEGORIES), title: text(80), formedAt: isoDate, disclosedAt: nullableDate, fileId: v.optional(v.nullable(fileId), null) })), v.maxLength(200)),
      [],
    ),
  }),
  v.check((p) => !p.startAt || !p.plannedEndAt || p.startAt <= p.plannedEndAt, '计划完工日期不能早于开工日期'),
  v.check((p) => p.disclosures.every((d) => !d.disclosedAt || d.formedAt <= d.disclosedAt), '公开日期不能早于信息形成日期'),
  v.check((p) => new Set(p.investment.map((i) => i.year)).size === p.investment.length, '投资计划中有重复的年份'),
);

export const projectUpdateInput = v.strictObject({
  projectId: id,
  text: prose(1000),
  milestones: v.optional(v.pipe(v.array(v.strictObject({ name: text(40), percent })), v.maxLength(50)), []),
  reason: optionalProse(200),
  photos: v.optional(v.pipe(v.array(fileId), v.maxLength(9)), []),
  /** Push the news to the project's followers (their one-time consents). */
  notifyFollowers: v.optional(v.boolean(), false),
});

export const inspectionInput = v.pipe(
  v.strictObject({
    projectId: id,
    checkedAt: isoDate,
    inspector: text(50),
    result: v.picklist(INSPECTION_RESULTS),
    problems: v.optional(v.pipe(v.array(prose(200)), v.maxLength(30)), []),
    rectification: optionalProse(500),
    rectifiedAt: nullableDate,
  }),
  v.check((i) => !i.rectifiedAt || i.checkedAt <= i.rectifiedAt, '整改日期不能早于检查日期'),
);

// A notice's title is the subscription message's title field, so it keeps that field's 20 characters.
export const noticeInput = v.pipe(
  v.strictObject({
    kind: v.picklist(NOTICE_TOPICS),
    title: text(20),
    body: prose(1000),
    township: v.optional(v.nullable(text(12)), null),
    village: v.optional(v.nullable(text(8)), null),
    validFrom: isoDate,
    validTo: nullableDate,
    related: v.optional(v.nullable(v.strictObject({ kind: v.picklist(['policy', 'project']), id })), null),
    audience: v.optional(v.picklist(NOTICE_AUDIENCES), 'topic'),
    /** Beijing time, e.g. 2026-12-01T08:00; null sends once approved. */
    sendAt: v.optional(v.nullable(isoDayTime), null),
  }),
  v.check((n) => !n.validTo || n.validFrom <= n.validTo, '结束日期不能早于生效日期'),
  v.check((n) => !n.village || Boolean(n.township), '填写村名时请同时填写乡镇'),
  v.check((n) => n.audience !== 'followers' || n.related?.kind === 'project', '发给项目关注者时，请填写关联的项目'),
  v.check((n) => [...areaLabel(n.township, n.village)].length <= 20, '影响范围（乡镇加村名）最多 20 个字'),
);

const workingDays = v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))), null);
/** 事项编码 as the provincial platform writes it (digits and letters), upper-cased; empty when not yet known. */
const serviceItemCode = v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^([0-9A-Z][0-9A-Z_-]{3,63})?$/, '事项编码应为 4 到 64 位数字或字母'));
const phoneText = v.pipe(v.string(), v.trim(), v.maxLength(40), v.regex(/^[\d ()（）+\-转、,，\u3000]*$/, '电话只能填数字、空格、括号、“-”或“转”'));

// A guide may be saved incomplete (the staff completeness check lists what is missing), but each
// part it has must be well formed.
export const serviceInput = v.pipe(
  v.strictObject({
    name: text(64),
    kind: v.picklist(SERVICE_KINDS),
    lifeEvents: v.optional(v.pipe(v.array(text(12)), v.maxLength(8)), []),
    summary: prose(160),
    basis: optionalProse(1000),
    eligibility: optionalProse(1000),
    materials: v.optional(v.pipe(v.array(v.strictObject({ name: text(60), note: optionalText(120), required: v.optional(v.boolean(), true) })), v.maxLength(40)), []),
    steps: v.optional(v.pipe(v.array(v.strictObject({ title: text(30), detail: optionalProse(300) })), v.maxLength(20)), []),
    statutoryDays: workingDays,
    promisedDays: workingDays,
    fees: optionalProse(200),
    places: v.optional(v.pipe(v.array(v.strictObject({ name: text(40), address: text(80), hours: optionalText(60), phone: v.optional(phoneText, '') })), v.maxLength(10)), []),
    hotline: v.optional(phoneText, ''),
    onlineUrl: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(300), v.regex(/^https:\/\/[\x21-\x7E]+$/, '网上办理地址须以 https:// 开头'))), null),
    basisPolicyIds: v.optional(v.pipe(v.array(id), v.maxLength(10)), []),
    itemCode: v.optional(serviceItemCode, ''),
  }),
  v.check((s) => s.statutoryDays === null || s.promisedDays === null || s.promisedDays <= s.statutoryDays, '承诺时限不能长于法定时限'),
);

export const consultationInput = v.pipe(
  v.strictObject({
    title: text(64),
    summary: prose(300),
    sections: v.pipe(v.array(v.strictObject({ heading: text(60), text: prose(5000) })), v.minLength(1), v.maxLength(40)),
    attachments: v.optional(v.pipe(v.array(v.strictObject({ name: text(80), fileId })), v.maxLength(10)), []),
    opensAt: isoDate,
    closesAt: isoDate,
    shortReason: optionalProse(200),
  }),
  v.check((c) => c.opensAt < c.closesAt, '截止日期须晚于开始日期'),
  v.check((c) => (Date.parse(c.closesAt) - Date.parse(c.opensAt)) / 86_400_000 >= 30 || c.shortReason.length > 0, '征求意见一般不少于 30 天；少于 30 天请写明理由'),
);

export const CONTENT_INPUTS = { policy: policyInput, qa: qaInput, term: termInput, project: projectInput, projectUpdate: projectUpdateInput, inspection: inspectionInput, notice: noticeInput, service: serviceInput, consultation: consultationInput, guide: guideInput, bureau: bureauInput, proposal: proposalInput, busRoute: busRouteInput, annualReport: annualReportInput } as const;

export type PolicyInput = v.InferOutput<typeof policyInput>;
export type QaInput = v.InferOutput<typeof qaInput>;
export type TermInput = v.InferOutput<typeof termInput>;
export type ProjectInput = v.InferOutput<typeof projectInput>;
export type ProjectUpdateInput = v.InferOutput<typeof projectUpdateInput>;
export type InspectionInput = v.InferOutput<typeof inspectionInput>;
export type NoticeInput = v.InferOutput<typeof noticeInput>;
export type ServiceInput = v.InferOutput<typeof serviceInput>;
export type ConsultationInput = v.InferOutput<typeof consultationInput>;
