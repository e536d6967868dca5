// Tonight's digest: each person's waiting non-urgent notices become one delivery of the digest
// template; the notices' own records are marked as gathered into it.
import { DELIVERY_COLLECTION, NOTICE_SEND_COLLECTION, type DeliveryDoc, type NoticeSendDoc } from '#types/models/notice';
import { _, db, docsOf } from '../_shared/cloud';

const PAGE = 500;

export async function targetDigestPage(job: NoticeSendDoc): Promise<boolean> {
  const waiting = await docsOf<DeliveryDoc>(
    db.collection(DELIVERY_COLLECTION).where({ status: 'digest', openid: _.gt(job.cursor) }).orderBy('openid', 'asc').orderBy('at', 'asc').limit(PAGE),
  );
  const groups = new Map<string, DeliveryDoc[]>();
  for (const d of waiting) groups.set(d.openid, [...(groups.get(d.openid) ?? []), d]);
  const full = waiting.length === PAGE;
  // A full page may have cut the last person's list short: they start the next page instead.
  if (full && groups.size > 1) groups.delete(waiting.at(-1)?.openid ?? '');
  const now = new Date();
  for (const [openid, items] of groups) {
    const first = items[0] as DeliveryDoc;
    const delivery: Omit<DeliveryDoc, '_id'> = {
      jobId: job._id, openid, template: 'digest', status: 'pending', runId: null, claimedAt: null, at: now, error: null,
      digest: { count: items.length, firstTitle: first.digest?.firstTitle ?? '新通知' },
    };
    await db.collection(DELIVERY_COLLECTION).doc(`${job._id}:${openid}`).set({ data: delivery });
    await db.collection(DELIVERY_COLLECTION).where({ _id: _.in(items.map((i) => i._id)), status: 'digest' }).update({ data: { status: 'digested', at: now } });
  }
  const last = [...groups.keys()].at(-1);
  if (last) {
    job.cursor = last;
    await db.collection(NOTICE_SEND_COLLECTION).doc(job._id).update({ data: { cursor: last } });
  }
  return !full;
}
