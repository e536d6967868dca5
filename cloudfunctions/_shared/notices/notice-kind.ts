// The notice as a content type: written and approved like any content, and on its first approval
// it schedules one send job. Checks the rules a push must keep before anything is sent.
import { CONTENT_INPUTS, type NoticeInput } from '#types/api/content-input';
import { BUS_NOTICE_LEAD_DAYS, isUrgent, NOTICE_COLLECTION, NOTICE_KIND_LABELS, type NoticeContent, type NoticeDoc } from '#types/models/notice';
import { areaLabel, checkMessage, noticeFields, projectFields } from '#types/models/notice-message';
import { POLICY_COLLECTION } from '#types/models/policy';
import { PROJECT_COLLECTION, type ProjectDoc } from '#types/models/project';
import { failedPrecondition, invalidArgument, notFound } from '../app-error';
import { docOrNull, type Tx } from '../cloud';
import type { KindSpec } from '../content/content-kinds';
import { requirePlace } from '../places/require-place';
import { nextAllowedPush } from './push-interval';
import { createSendJob, jobIdFor } from './send-job';
import { beijingDateTime, beijingStartOf, daysAfter, isoDayOrNull as day, toBeijingInput } from '../time/beijing-time';

const when = (d: Date): string => toBeijingInput(d).replace('T', ' ');

async function checkNotice(tx: Tx, content: Record<string, unknown>, targetId: string | null): Promise<void> {
  const n = content as unknown as NoticeContent;
  const problem = checkMessage(noticeFields(n));
  if (problem) throw invalidArgument(problem);
  await requirePlace(n.township, n.village);
  if (n.related) {
    const collection = n.related.kind === 'policy' ? POLICY_COLLECTION : PROJECT_COLLECTION;
    if (!(await docOrNull(tx.collection(collection).doc(n.related.id)))) throw notFound(n.related.kind === 'policy' ? '关联的政策' : '关联的项目');
  }
  const sendTime = n.sendAt ?? new Date();
  if (n.kind === 'bus' && beijingStartOf(n.validFrom).getTime() - sendTime.getTime() < BUS_NOTICE_LEAD_DAYS * 86_400_000) {
    const earliest = day(daysAfter(sendTime, BUS_NOTICE_LEAD_DAYS + 1));
    throw invalidArgument(`公交线路调整须至少提前 ${BUS_NOTICE_LEAD_DAYS} 天发布，按这个发送时间，生效日期最早为 ${earliest}`);
  }
  if (n.related && !isUrgent(n.kind)) {
    const allowed = await nextAllowedPush(`${n.related.kind}:${n.related.id}`, sendTime, targetId ? jobIdFor(targetId) : '');
    if (allowed) throw failedPrecondition(`同一事项 3 天内已推送过，请把发送时间定在 ${when(allowed)} 之后（道路封闭等紧急通知除外）`);
  }
}

export const noticeKind: KindSpec = {
  label: '通知',
  collection: NOTICE_COLLECTION,
  schema: CONTENT_INPUTS.notice,
  toContent(input) {
    const n = input as NoticeInput;
    return { ...n, validFrom: new Date(n.validFrom), validTo: n.validTo ? new Date(n.validTo) : null, sendAt: n.sendAt ? beijingDateTime(n.sendAt) : null };
  },
  toInput(doc) {
    const n = doc as unknown as NoticeDoc;
    return {
      kind: n.kind, title: n.title, body: n.body, township: n.township, village: n.village, validFrom: day(n.validFrom), validTo: day(n.validTo),
      related: n.related, audience: n.audience, sendAt: n.sendAt ? toBeijingInput(n.sendAt) : null,
    };
  },
  check: checkNotice,
  async afterPublish(tx, doc, now) {
    const n = doc as unknown as NoticeDoc;
    if (n.version !== 1) return; // a corrected notice is not pushed again
    const toFollowers = n.audience === 'followers' && n.related?.kind === 'project';
    // Followers consented once, on the project's one-time template, which names the project.
    const project = toFollowers && n.related ? await docOrNull<ProjectDoc>(tx.collection(PROJECT_COLLECTION).doc(n.related.id)) : null;
    await createSendJob(tx, jobIdFor(n._id), {
      noticeId: n._id, title: n.title, template: project ? 'project' : 'notice', urgent: isUrgent(n.kind),
      sendAt: n.sendAt && n.sendAt > now ? n.sendAt : now, relatedKey: n.related ? `${n.related.kind}:${n.related.id}` : null,
      target: project ? { followersOf: project._id } : { topic: n.kind, township: n.township, village: n.village },
      page: `pages/notice/index?id=${n._id}`, fields: project ? projectFields(project.name, n.title, now) : noticeFields(n),
    }, now);
  },
  feed: (doc) => ({ kind: 'notice', refId: doc._id, title: String(doc.title), summary: String(doc.body).slice(0, 80), publishedAt: doc.publishedAt }),
  search(doc) {
    if (doc.lifecycle === 'withdrawn') return null;
    const n = doc as unknown as NoticeDoc;
    return { kind: 'notice', refId: n._id, title: n.title, text: n.body, keywords: `${NOTICE_KIND_LABELS[n.kind]} ${areaLabel(n.township, n.village)}`, path: `/pages/notice/index?id=${n._id}`, endsAt: n.validTo };
  },
};
