// Personal data: staff reveal a masked detail on purpose (recorded), an admin reads those records and sets
// how long details are kept, and a person reads everything the bureau holds about them.
import * as v from 'valibot';
import { defineAction } from './action';
import type { CaseView } from './case-views';
import type { CommentView } from './consultation-views';
import { PERSONAL_FIELDS, type PersonalField } from '../text/mask-detail';
import { RETENTION_BOUNDS, type RetentionDays, type RetentionKind } from '../models/retention';
import type { DeliveryMode, DeliveryStatus, NoticeTopic, TemplateKey } from '../models/notice';
import type { VotableKind } from '../models/vote';
import type { MyRegistration } from './meetings';

/** One recorded reveal, as an admin reads it (never the value itself). */
export interface PersonalViewRecord {
  id: string;
  at: string;
  /** The staff member's name (their OPENID when they have none). */
  by: string;
  trackingNo: string;
  field: PersonalField;
}

/** Everything keyed to one person, as they download it. */
export interface MyData {
  exportedAt: string;
  noticePrefs: {
    topics: NoticeTopic[];
    areas: string[];
    mode: DeliveryMode;
    consents: Partial<Record<TemplateKey, { type: 'once' | 'long'; accepted: boolean; remaining: number; at: string }>>;
    updatedAt: string;
  } | null;
  /** Their cases in full, disclosure applications included, with the call-back phone they gave. */
  cases: (CaseView & { phone: string | null; personalErasedAt: string | null })[];
  comments: CommentView[];
  ratings: { serviceId: string; serviceName: string | null; level: number; comment: string; at: string; caseId: string | null }[];
  votes: { kind: VotableKind; targetId: string; helpful: boolean; at: string }[];
  follows: { kind: 'project'; targetId: string; at: string }[];
  /** Notices they opened. */
  noticeReads: { noticeId: string; title: string | null; at: string }[];
  /** WeChat messages the bureau sent or meant to send them, and what became of each. */
  messages: { template: TemplateKey; status: DeliveryStatus; at: string }[];
  /** Consultation meetings they registered for, with the name and phone they gave. */
  meetingRegistrations: MyRegistration[];
}

const caseId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const days = (kind: RetentionKind) => v.pipe(v.number(), v.integer(), v.minValue(RETENTION_BOUNDS[kind][0]), v.maxValue(RETENTION_BOUNDS[kind][1]));

export const personalDataStaffApi = {
  /** Editors and reviewers: one masked detail of a case in full; recorded (who, when, which case, which field). */
  revealPersonal: defineAction<{ value: string }>()(v.strictObject({ caseId, field: v.picklist(PERSONAL_FIELDS) })),
  /** Admins only: the recorded reveals, newest first. */
  listPersonalViews: defineAction<{ items: PersonalViewRecord[]; nextCursor: string | null }>()(
    v.strictObject({ cursor: v.optional(v.pipe(v.string(), v.maxLength(100))), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))) }),
  ),
  /** Admins only: days a person's details are kept, per kind of record. Audited. */
  setRetention: defineAction<{ days: RetentionDays }>()(
    v.strictObject({ days: v.strictObject({ cases: days('cases'), disclosures: days('disclosures'), searchLog: days('searchLog') }) }),
    { days: '保存天数', 'days.cases': '提问的回电号码和照片保存天数', 'days.disclosures': '依申请公开申请人信息保存天数', 'days.searchLog': '搜索记录保存天数' },
  ),
};

export const personalDataPublicApi = {
  /** How long details are kept (for the privacy notices on the forms). */
  getRetention: defineAction<{ days: RetentionDays }>()(v.strictObject({})),
  /** Signed-in users: everything the bureau holds keyed to the caller. */
  exportMyData: defineAction<MyData>()(v.strictObject({})),
};
