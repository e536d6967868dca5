// A stored notice as a list item, with the reader's read mark.
import type { NoticeListItem } from '#types/api/notice-views';
import type { NoticeDoc } from '#types/models/notice';
import { areaLabel } from '#types/models/notice-message';
import { isoDay, isoDayOrNull } from '../../_shared/time/beijing-time';

export function toNoticeItem(n: NoticeDoc, read: boolean): NoticeListItem {
  return {
    id: n._id, kind: n.kind, title: n.title, area: areaLabel(n.township, n.village), validFrom: isoDay(n.validFrom), validTo: isoDayOrNull(n.validTo),
    publishedAt: n.publishedAt.toISOString(), read, withdrawn: n.lifecycle === 'withdrawn',
  };
}
