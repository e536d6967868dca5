// Service guides (办事指南): what a person needs to get something done, as a checklist and a journey,
// with the legal and promised time limits, fees, where to go and whom to call. Rated 好差评.
import type { PublishedMeta } from './content';

export const SERVICE_COLLECTION = 'services';
/** One rating per (service, person): _id `${serviceId}:${openid}`. */
export const SERVICE_RATING_COLLECTION = 'service_ratings';

export const SERVICE_KINDS = ['licensing', 'penalty', 'confirmation', 'public_service', 'payment', 'other'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  licensing: '行政许可',
  penalty: '行政处罚',
  confirmation: '行政确认',
  public_service: '公共服务',
  payment: '行政给付',
  other: '其他',
};

export interface Material {
  name: string;
  /** Originals, copies, who issues it: in plain words. */
  note: string;
  required: boolean;
}

export interface Step {
  title: string;
  detail: string;
}

export interface Place {
  name: string;
  address: string;
  hours: string;
  phone: string;
}

export interface ServiceContent {
  name: string;
  kind: ServiceKind;
  /** 人生事件 such as "开网约车": how people look for it, not how the bureau files it. */
  lifeEvents: string[];
  summary: string;
  basis: string;
  eligibility: string;
  materials: Material[];
  steps: Step[];
  /** 法定办结时限 and 承诺办结时限, in working days; null when not set. */
  statutoryDays: number | null;
  promisedDays: number | null;
  fees: string;
  places: Place[];
  hotline: string;
  onlineUrl: string | null;
  /** 事项编码 on the provincial government-service platform: links the guide to its 办件 records (absent on older guides). */
  itemCode?: string;
  /** The published policies `basis` rests on: when one is repealed or changes, the guide is due for review (absent on older guides). */
  basisPolicyIds?: string[];
}

export interface RatingSummary {
  count: number;
  /** Count per level, 1 (非常不满意) to 5 (非常满意). */
  levels: [number, number, number, number, number];
}

export type ServiceDoc = ServiceContent & PublishedMeta & { ratings: RatingSummary };

export const RATING_LABELS = ['非常不满意', '不满意', '基本满意', '满意', '非常满意'] as const;
/** Ratings at or below this level open a follow-up case (差评整改). */
export const POOR_RATING_MAX = 2;
/** Poor ratings are followed up within this many working days. */
export const POOR_RATING_WORKING_DAYS = 15;

export interface ServiceRatingDoc {
  _id: string;
  serviceId: string;
  openid: string;
  level: number;
  comment: string;
  at: Date;
  /** The follow-up case a poor rating opened. */
  caseId: string | null;
  /** Set when the retention period passed and the comment was masked. */
  personalErasedAt?: Date | null;
}

/** The elements every complete guide has, named as staff read them. */
export function serviceGaps(s: Pick<ServiceContent, 'basis' | 'eligibility' | 'materials' | 'steps' | 'statutoryDays' | 'promisedDays' | 'fees' | 'places' | 'hotline'>): string[] {
  const gaps: string[] = [];
  if (!s.basis.trim()) gaps.push('设定依据');
  if (!s.eligibility.trim()) gaps.push('申请条件');
  if (!s.materials.length) gaps.push('申请材料');
  if (!s.steps.length) gaps.push('办理流程');
  if (s.statutoryDays === null) gaps.push('法定办结时限');
  if (s.promisedDays === null) gaps.push('承诺办结时限');
  if (!s.fees.trim()) gaps.push('收费标准');
  if (!s.places.length) gaps.push('办理地点和时间');
  if (!s.hotline.trim()) gaps.push('咨询电话');
  return gaps;
}
