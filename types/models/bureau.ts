// 机构信息 (政府信息公开条例第二十条): the bureau's functions, internal bodies, leaders and their
// responsibilities, address, hours and phones. One document on the publishing workflow.
import type { PublishedMeta } from './content';
import type { PhoneLine } from './disclosure-guide';

export const BUREAU_COLLECTION = 'bureau_info';
/** The bureau's fixed id: there is only one. */
export const BUREAU_ID = 'bureau';
/** Who speaks until the bureau's page is published (broadcast scripts, SMS signatures). */
export const BUREAU_FALLBACK_NAME = '县交通运输局';

export interface BureauContent {
  name: string;
  /** 主要职能, a paragraph per line. */
  functions: string;
  bodies: { name: string; duties: string; phone: string }[];
  leaders: { name: string; post: string; duties: string }[];
  address: string;
  hours: string;
  phones: PhoneLine[];
}

export type BureauDoc = BureauContent & PublishedMeta;
