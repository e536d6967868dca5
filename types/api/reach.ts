// SMS links for carriers (staff) and the count of opens (anyone opening the app through one).
import * as v from 'valibot';
import { FEED_KINDS } from '../models/feed';
import { OPEN_SOURCE_PATTERN, SEGMENTS_MAX } from '../models/reach';
import { defineAction } from './action';

export interface SmsLinkSet {
  id: string;
  kind: (typeof FEED_KINDS)[number];
  refId: string;
  title: string;
  expiresAt: string;
  createdAt: string;
  segments: { label: string; url: string; sms: string; opens: number }[];
  /** The carrier's bulk-SMS file: one row per segment (区域, 短信内容), UTF-8 with a byte-order mark. */
  csv: string;
}

const refId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const reachStaffApi = {
  /** For a published item: one URL link (30 days) and SMS text per segment, once per request id. */
  makeSmsLinks: defineAction<SmsLinkSet>()(
    v.strictObject({
      requestId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/)),
      refId,
      segments: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20))), v.minLength(1), v.maxLength(SEGMENTS_MAX)),
    }),
    { refId: '内容', segments: '区域' },
  ),
  /** The link sets made for an item, newest first, with opens so far. */
  listSmsLinks: defineAction<{ items: SmsLinkSet[] }>()(v.strictObject({ refId })),
};

export const reachPublicApi = {
  /** The app was opened through an SMS link or a poster's code: one more open for it (counts only, no identity). */
  recordOpen: defineAction<{ counted: boolean }>()(v.strictObject({ src: v.pipe(v.string(), v.regex(OPEN_SOURCE_PATTERN, '来源标记无效')) })),
};
