// A send job as staff lists see it.
import type { NoticeSendSummary } from '#types/api/notice-views';
import type { NoticeSendDoc } from '#types/models/notice';

export const toSendSummary = (job: NoticeSendDoc): NoticeSendSummary => ({
  id: job._id, noticeId: job.noticeId, title: job.title, template: job.template, status: job.status, sendAt: job.sendAt.toISOString(), targeted: job.targeted,
});
