import type { SmsLinkSet } from '#types/api/reach';
import type { ReachLinkDoc } from '#types/models/reach';
import { csvText } from '../text/csv-text';

/** A stored link set as staff see it, with the carrier's file. */
export function linkSetView(doc: ReachLinkDoc): SmsLinkSet {
  return {
    id: doc._id, kind: doc.kind, refId: doc.refId, title: doc.title, expiresAt: doc.expiresAt.toISOString(), createdAt: doc.createdAt.toISOString(),
    segments: doc.segments.map((s, i) => ({ ...s, opens: doc.opens[String(i)] ?? 0 })),
    csv: csvText([['区域', '短信内容', '链接有效期至'], ...doc.segments.map((s) => [s.label, s.sms, doc.expiresAt.toISOString().slice(0, 10)])]),
  };
}
