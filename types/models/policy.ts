// Policies with their plain-language explainer (解读), Q&A (一问一答) and glossary terms.
import type { Block, PublishedMeta } from './content';

export const POLICY_COLLECTION = 'policies';
export const QA_COLLECTION = 'qas';
export const TERM_COLLECTION = 'glossary';

export const POLICY_LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
export type PolicyLevel = (typeof POLICY_LEVELS)[number];
export const POLICY_LEVEL_LABELS: Record<PolicyLevel, string> = {
  national: '国家',
  provincial: '省级',
  municipal: '市级',
  county: '县级',
};

export const POLICY_STATUSES = ['in_force', 'amended', 'repealed'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];
export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  in_force: '现行有效',
  amended: '已修订',
  repealed: '已废止',
};

export const POLICY_CATEGORIES = ['planning', 'highway', 'rural_road', 'road_transport', 'ride_hailing', 'overload', 'public_transport', 'safety'] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];
export const POLICY_CATEGORY_LABELS: Record<PolicyCategory, string> = {
  planning: '规划与改革',
  highway: '公路与路政',
  rural_road: '农村公路',
  road_transport: '道路运输',
  ride_hailing: '网约车与出租车',
  overload: '超限超载治理',
  public_transport: '公交与客运',
  safety: '安全与应急',
};

/** What kind of document a policy is, for the annual report's count of 规章 and 行政规范性文件. */
export const POLICY_DOC_TYPES = ['rule', 'normative', 'other'] as const;
export type PolicyDocType = (typeof POLICY_DOC_TYPES)[number];
export const POLICY_DOC_TYPE_LABELS: Record<PolicyDocType, string> = { rule: '规章', normative: '行政规范性文件', other: '其他文件' };

export interface Attachment {
  name: string;
  fileId: string;
}

export interface Explainer {
  /** 要点：the policy in a few plain sentences. */
  keyPoints: string[];
  /** 和你有什么关系：what changes for the reader. */
  changesForYou: string[];
  /** 新旧政策差异, when it replaces an older policy. */
  differences: { before: string; after: string }[];
  images: { fileId: string; caption: string }[];
}

export interface PolicyContent {
  title: string;
  docNumber: string;
  issuer: string;
  level: PolicyLevel;
  category: PolicyCategory;
  tags: string[];
  issuedAt: Date;
  effectiveAt: Date | null;
  expiresAt: Date | null;
  status: PolicyStatus;
  summary: string;
  body: Block[];
  attachments: Attachment[];
  explainer: Explainer | null;
  /** The policy this one replaces, if any. */
  replaces: string | null;
  /** 规章 / 行政规范性文件 / other, and whether this bureau issued it (制发): policies published before the
   * annual report lack them, and the report lists this county's ones until staff say. */
  docType?: PolicyDocType;
  ownIssue?: boolean;
}

export interface PolicyDoc extends PolicyContent, PublishedMeta {
  supersededBy: string | null;
  year: number;
}

export const QA_TOPICS = ['ride_hailing', 'overload', 'rural_road', 'driving', 'public_transport', 'licensing', 'road_works', 'general'] as const;
export type QaTopic = (typeof QA_TOPICS)[number];
export const QA_TOPIC_LABELS: Record<QaTopic, string> = {
  ride_hailing: '网约车',
  overload: '超限超载',
  rural_road: '农村公路',
  driving: '车辆与驾驶',
  public_transport: '公交客运',
  licensing: '许可办理',
  road_works: '施工与通行',
  general: '其他',
};

export interface QaContent {
  policyId: string | null;
  /** The service guide that does what this answers ("how do I get X" → the guide for X); absent on older Q&A. */
  serviceId?: string | null;
  topic: QaTopic;
  question: string;
  answer: string;
  order: number;
}

export type QaDoc = QaContent & PublishedMeta;

export interface TermContent {
  term: string;
  /** Other ways people or documents say it (also used as search synonyms). */
  aliases: string[];
  plain: string;
}

export type TermDoc = TermContent & PublishedMeta;
