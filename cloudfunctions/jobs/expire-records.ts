// Housekeeping for the records that make writes exactly once: each is kept as long as it can matter
// and removed after, so the collections do not grow for ever.
import { CASE_FOLD_COLLECTION, DUPLICATE_WINDOW_DAYS } from '#types/models/case';
import { QUOTA_COLLECTION } from '#types/models/quota';
import { REQUEST_COLLECTION } from '#types/models/request';
import type { RetentionDays } from '#types/models/retention';
import { SEARCH_LOG_COLLECTION } from '#types/models/search-log';
import { _, db } from '../_shared/cloud';

const DAY_MS = 86_400_000;
/** A client retries within seconds; a person may tap again days later: a month covers both. */
const ANSWER_DAYS = 30;
/** Per-day allowances matter for a day, per-consultation ones while it is open (rarely past 60 days). */
const QUOTA_DAYS = 90;

/** `days`: the retention settings in force (the search log follows them). */
export async function expireRecords(now: Date, days: RetentionDays): Promise<number> {
  const before = (days: number): Date => new Date(now.getTime() - days * DAY_MS);
  const removed = await Promise.all([
    db.collection(REQUEST_COLLECTION).where({ at: _.lt(before(ANSWER_DAYS)) }).remove(),
    db.collection(QUOTA_COLLECTION).where({ updatedAt: _.lt(before(QUOTA_DAYS)) }).remove(),
    db.collection(CASE_FOLD_COLLECTION).where({ at: _.lt(before(DUPLICATE_WINDOW_DAYS + 1)) }).remove(),
    db.collection(SEARCH_LOG_COLLECTION).where({ at: _.lt(before(days.searchLog)) }).remove(),
  ]);
  return removed.reduce((sum, r) => sum + (r as { stats: { removed: number } }).stats.removed, 0);
}
