// Editors and reviewers; a send's delivery report: how many targeted, sent, refused, failed, pending,
// and how many second messages a run saw go out (duplicates).
import { staffApi } from '#types/api/staff';
import { DELIVERY_COLLECTION, DELIVERY_STATUSES, NOTICE_SEND_COLLECTION, type DeliveryDoc, type DeliveryStatus, type NoticeSendDoc } from '#types/models/notice';
import { notFound } from '../../_shared/app-error';
import { countOf, db, docOrNull, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { jobIdFor } from '../../_shared/notices/send-job';
import { toSendSummary } from '../notice-send-summary';

const jobs = () => db.collection(NOTICE_SEND_COLLECTION);

export const getNoticeReport = defineHandler(staffApi.getNoticeReport, ['editor', 'reviewer'], async ({ id }) => {
  const job = (await docOrNull<NoticeSendDoc>(jobs().doc(id))) ?? (await docOrNull<NoticeSendDoc>(jobs().doc(jobIdFor(id))));
  if (!job) throw notFound('这条通知的发送记录');
  const deliveries = db.collection(DELIVERY_COLLECTION);
  const counts = Object.fromEntries(
    await Promise.all(DELIVERY_STATUSES.map(async (status) => [status, await countOf(deliveries.where({ jobId: job._id, status }))] as const)),
  ) as Record<DeliveryStatus, number>;
  const failed = await docsOf<DeliveryDoc>(deliveries.where({ jobId: job._id, status: 'failed' }).limit(100).field({ error: true }));
  const reasons = new Map<string, number>();
  for (const d of failed) reasons.set(d.error ?? '未知原因', (reasons.get(d.error ?? '未知原因') ?? 0) + 1);
  return {
    ...toSendSummary(job),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    counts,
    duplicates: job.duplicates ?? 0,
    failures: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count).slice(0, 5),
    fields: job.fields,
  };
});
