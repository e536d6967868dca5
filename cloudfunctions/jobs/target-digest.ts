// Tonight's digest: each person's waiting non-urgent notices become one delivery of the digest
// template; the notices' own records are marked as gathered into it.
import { DELIVERY_COLLECTION, type DeliveryDoc, type NoticeSendDoc } from '#types/models/notice';
import { _, db, docsOf } from '../_shared/cloud';
import { createDelivery } from './create-delivery';

const PAGE = 500;

/** Writes one page of digests: the last person written (the cursor), and whether more may follow. */
export async function targetDigestPage(job: NoticeSendDoc): Promise<{ last: string | null; full: boolean }> {
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
    // Written once: a digest written before (a page targeted again) keeps what it already says.
    await createDelivery({
      jobId: job._id, openid, template: 'digest', status: 'pending', runId: null, claimedAt: null, leaseUntil: null, at: now, error: null,
      digest: { count: items.length, firstTitle: first.digest?.firstTitle ?? '新通知' },
    });
    await db.collection(DELIVERY_COLLECTION).where({ _id: _.in(items.map((i) => i._id)), status: 'digest' }).update({ data: { status: 'digested', at: now } });
  }
  return { last: [...groups.keys()].at(-1) ?? null, full };
}
