// A progress update approved with "通知关注者": a notice for the notice centre and, unless the
// project's followers heard about it in the last few days, a push on their one-time consents.
import { NOTICE_COLLECTION, type NoticeDoc } from '#types/models/notice';
import { projectFields } from '#types/models/notice-message';
import { PROJECT_COLLECTION, type ProjectDoc } from '#types/models/project';
import { docOrNull, type Tx } from '../cloud';
import { nextAllowedPush } from './push-interval';
import { createSendJob, jobIdFor } from './send-job';

export async function notifyFollowers(tx: Tx, update: Record<string, unknown> & { _id: string }, now: Date): Promise<void> {
  const project = await docOrNull<ProjectDoc>(tx.collection(PROJECT_COLLECTION).doc(String(update.projectId)));
  if (!project) return;
  const noticeId = `follow-${update._id}`;
  const text = String(update.text);
  const notice: Omit<NoticeDoc, '_id'> = {
    kind: 'project', title: `${project.name}有新进展`.slice(0, 40), body: text, township: project.township, village: null,
    validFrom: now, validTo: null, related: { kind: 'project', id: project._id }, audience: 'followers', sendAt: null,
    version: 1, publishedAt: now, updatedAt: now, lifecycle: 'published', lifecycleNote: null, votes: { helpful: 0, unhelpful: 0 },
  };
  await tx.collection(NOTICE_COLLECTION).doc(noticeId).set({ data: notice });
  const relatedKey = `project:${project._id}`;
  if (await nextAllowedPush(relatedKey, now, '')) return; // told recently: the notice centre has it
  await createSendJob(tx, jobIdFor(noticeId), {
    noticeId, title: notice.title, template: 'project', urgent: false, sendAt: now, relatedKey,
    target: { followersOf: project._id }, page: `pages/notice/index?id=${noticeId}`, fields: projectFields(project.name, text, now),
  }, now);
}
