import type { NoticeView } from '#types/api/notice-views';
import { NOTICE_KIND_LABELS } from '#types/models/notice';
import { noticeDates } from './components/notice-card';

/** What 朗读 reads of a notice: what kind, the title, where, when, then the text. */
export function noticeScript(notice: NoticeView): string[] {
  return [
    notice.withdrawn ? `这条通知已撤回${notice.withdrawnNote ? `：${notice.withdrawnNote}` : ''}` : '',
    `${NOTICE_KIND_LABELS[notice.kind]}：${notice.title}`,
    `影响范围：${notice.area}`,
    `时间：${noticeDates(notice)}`,
    notice.body,
  ];
}
