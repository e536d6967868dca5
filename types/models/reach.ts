// Reach beyond the app: SMS links a carrier sends to an area (one WeChat URL link per segment, tagged so
// opens are counted per segment). The bureau never holds anyone's number: carriers target by area.
import type { FeedKind } from './feed';

export const REACH_COLLECTION = 'reach_links';
/** What one SMS may hold, the bureau's signature and the link included (a longer one is split and billed twice). */
export const SMS_MAX_CHARS = 70;
/** The longest a URL link may stay valid (the platform's limit). */
export const LINK_DAYS = 30;
/** Segments (townships, or the whole county) one set of links may cover. */
export const SEGMENTS_MAX = 40;

export interface ReachSegment {
  /** A township's name, or COUNTY_WIDE. */
  label: string;
  url: string;
  sms: string;
}

export interface ReachLinkDoc {
  _id: string;
  kind: FeedKind;
  refId: string;
  title: string;
  segments: ReachSegment[];
  /** Opens per segment index, counted when the app is opened through the link. */
  opens: Record<string, number>;
  createdAt: Date;
  expiresAt: Date;
  createdBy: string;
}

/** The `src` query parameter a link carries: `sms.<link id>.<segment index>`. */
export const smsSource = (linkId: string, segment: number): string => `sms.${linkId}.${segment}`;
export const SOURCE_PATTERN = /^sms\.([A-Za-z0-9_-]{1,40})\.(\d{1,2})$/;
/** Every source an open is counted for: an SMS link's area, or a poster's code (`poster.<id>`, models/poster.ts). */
export const OPEN_SOURCE_PATTERN = /^(?:sms\.[A-Za-z0-9_-]{1,40}\.\d{1,2}|poster\.[A-Za-z0-9_-]{12})$/;
