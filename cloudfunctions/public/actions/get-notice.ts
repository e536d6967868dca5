// Anyone may call (a shared notice opens for everyone); marks it read for a signed-in reader.
import { publicApi } from '#types/api/public';
import { NOTICE_COLLECTION, NOTICE_READ_COLLECTION, type NoticeDoc } from '#types/models/notice';
import { POLICY_COLLECTION, type PolicyDoc } from '#types/models/policy';
import { PROJECT_COLLECTION, type ProjectDoc } from '#types/models/project';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { toNoticeItem } from '../queries/notice-item';

async function relatedTitle(related: NoticeDoc['related']): Promise<string | null> {
  if (!related) return null;
  if (related.kind === 'policy') return (await docOrNull<PolicyDoc>(db.collection(POLICY_COLLECTION).doc(related.id)))?.title ?? null;
  return (await docOrNull<ProjectDoc>(db.collection(PROJECT_COLLECTION).doc(related.id)))?.name ?? null;
}

export const getNotice = defineHandler(publicApi.getNotice, 'anyone', async ({ id }, { caller, now }) => {
  const notice = await docOrNull<NoticeDoc>(db.collection(NOTICE_COLLECTION).doc(id));
  if (!notice || notice.publishedAt > now) throw notFound('通知');
  const { openid } = await caller();
  if (openid) await db.collection(NOTICE_READ_COLLECTION).doc(`${openid}:${id}`).set({ data: { openid, noticeId: id, at: now } });
  const title = await relatedTitle(notice.related);
  return {
    ...toNoticeItem(notice, Boolean(openid)),
    body: notice.body,
    audience: notice.audience,
    related: notice.related && title ? { ...notice.related, title } : null,
    withdrawnNote: notice.lifecycle === 'withdrawn' ? notice.lifecycleNote : null,
  };
});
