// The quiet interval: a non-urgent push about an item waits until the last one is some days old.
import { NOTICE_SEND_COLLECTION, SAME_ITEM_INTERVAL_DAYS, type NoticeSendDoc } from '#types/models/notice';
import { _, db, docsOf } from '../cloud';
import { daysAfter, daysBefore } from '../time/beijing-time';

/** When the next non-urgent push about this item may go out; null if it may go at `at`. */
export async function nextAllowedPush(relatedKey: string, at: Date, exceptJobId: string): Promise<Date | null> {
  const recent = await docsOf<NoticeSendDoc>(
    db
      .collection(NOTICE_SEND_COLLECTION)
      .where({ relatedKey, urgent: false, status: _.neq('cancelled'), sendAt: _.gt(daysBefore(at, SAME_ITEM_INTERVAL_DAYS)).and(_.lt(daysAfter(at, SAME_ITEM_INTERVAL_DAYS))) })
      .limit(20),
  );
  const others = recent.filter((job) => job._id !== exceptJobId);
  if (!others.length) return null;
  const latest = Math.max(...others.map((job) => new Date(job.sendAt).getTime()));
  return daysAfter(new Date(latest), SAME_ITEM_INTERVAL_DAYS);
}
