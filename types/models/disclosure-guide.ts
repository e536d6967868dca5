// 政府信息公开指南: one document, maintained through the publishing workflow like any content, so it
// has drafts, review, versions and 更新记录. How and where to apply, hours, contacts, fees, time limits
// and remedies, as headed text sections, with the contact details structured so phones tap to call.
import type { PublishedMeta } from './content';

export const GUIDE_COLLECTION = 'disclosure_guide';
/** The guide's fixed id: there is only one. */
export const GUIDE_ID = 'guide';

/** The sections a complete guide has (条例 and the State Council's template), offered to staff as a start. */
export const GUIDE_SECTION_HEADINGS = ['申请方式', '受理地址', '办公时间', '联系电话', '费用', '处理期限', '救济途径'] as const;

export interface PhoneLine {
  /** What the number is for, e.g. 依申请公开受理. */
  label: string;
  number: string;
}

export interface GuideContent {
  intro: string;
  sections: { heading: string; text: string }[];
  /** Where applications are received. */
  address: string;
  hours: string;
  phones: PhoneLine[];
  email: string;
}

export type GuideDoc = GuideContent & PublishedMeta;
