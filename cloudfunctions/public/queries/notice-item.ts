// A stored notice as a list item, with the reader's read mark.
import type { NoticeListItem } from '#types/api/notice-views';
import type { NoticeDoc } from '#types/models/notice';
import { areaLabel } from '#types/models/notice-message';

const day = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

export function toNoticeItem(n: NoticeDoc, read: boolean): NoticeListItem {
  return {
    id: n._id, kind: n.kind, title: n.title, area: areaLabel(n.township, n.village), validFrom: day(n.validFrom) as string, validTo: day(n.validTo),
    publishedAt: n.publishedAt.toISOString(), read, withdrawn: n.lifecycle === 'withdrawn',
  };
}
