// What the notice-sending tests seed and read on the local cloud: subscribers, the messages the
// platform accepted (its outbox), a send's delivery records and its staff report.
import type { NoticeReport } from '#types/api/notice-views';
import { DELIVERY_COLLECTION, NOTICE_PREFS_COLLECTION, type DeliveryDoc } from '#types/models/notice';
import type { Doc } from '../../emulator/store/ejson';
import { prefsDoc } from './builders';
import type { ProductCloud } from './product-cloud';

/** `count` subscribers (`${prefix}00000`, `${prefix}00001`, ...), by default to every topic in the whole county, messages at once. */
export function seedSubscribers(cloud: ProductCloud, prefix: string, count: number, prefs: Record<string, unknown> = {}): string[] {
  const ids = Array.from({ length: count }, (_v, i) => `${prefix}${String(i).padStart(5, '0')}`);
  cloud.emulator.store.apply(ids.map((id) => ({ kind: 'put' as const, collection: NOTICE_PREFS_COLLECTION, id, doc: prefsDoc(id, prefs) as Doc })));
  return ids;
}

/** How many subscription messages the platform accepted for each person whose OPENID starts with `prefix`. */
export function messagesPerPerson(cloud: ProductCloud, prefix: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of cloud.emulator.openapi.outbox) {
    const to = String(e.params.touser);
    if (e.api === 'subscribeMessage.send' && e.errcode === 0 && to.startsWith(prefix)) counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
}

export function deliveryRecords(cloud: ProductCloud, jobId: string): DeliveryDoc[] {
  const all = [...(cloud.emulator.store.documents(DELIVERY_COLLECTION)?.values() ?? [])].map((r) => r.doc as unknown as DeliveryDoc);
  return all.filter((d) => d.jobId === jobId);
}

/** The staff send report of a notice, as a reviewer sees it. */
export async function noticeReport(cloud: ProductCloud, noticeId: string): Promise<NoticeReport> {
  const res = await cloud.call<NoticeReport>('staff', 'getNoticeReport', { id: noticeId }, 'reviewer');
  if (!res.ok) throw new Error(res.message);
  return res.data;
}

/** Waits (polling the local cloud, never the clock) until `done` says so. */
export async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Removes every subscriber, so a test's sends reach only the people it seeds. */
export function clearSubscribers(cloud: ProductCloud): void {
  const ids = [...(cloud.emulator.store.documents(NOTICE_PREFS_COLLECTION)?.keys() ?? [])];
  cloud.emulator.store.apply(ids.map((id) => ({ kind: 'delete' as const, collection: NOTICE_PREFS_COLLECTION, id })));
}

/** A run the test does not wait for yet: should the test fail first, its end is no unhandled rejection. */
export function inBackground<T>(run: Promise<T>): Promise<T> {
  run.catch(() => undefined);
  return run;
}
