// Writes and reads the search log (see types/models/search-log): one record per search, masked and
// without who asked; staff read the unanswered ones grouped by week.
import type { SearchGapWeek } from '#types/api/search-log';
import { SEARCH_LOG_COLLECTION, type SearchLogDoc } from '#types/models/search-log';
import { _, db } from '../cloud';
import { maskQuery } from './mask-query';
import { normalize } from './tokenize';

const DAY_MS = 86_400_000;
const BEIJING_MS = 8 * 3600_000;
/** Questions shown per week. */
const TOP_PER_WEEK = 10;

/** The Monday (Beijing) of the week an instant falls in, 'YYYY-MM-DD'. */
export function weekOf(at: Date): string {
  const local = new Date(at.getTime() + BEIJING_MS);
  const back = (local.getUTCDay() + 6) % 7;
  return new Date(local.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

export async function logSearch(q: string, outcome: { results: number; topScore: number; answered: boolean }, now: Date): Promise<string> {
  const masked = maskQuery(q);
  const doc: Omit<SearchLogDoc, '_id'> = { q: masked, key: normalize(masked).replace(/ /g, ''), week: weekOf(now), at: now, ...outcome, opened: false };
  const { _id } = (await db.collection(SEARCH_LOG_COLLECTION).add({ data: doc })) as { _id: string };
  return _id;
}

export async function markOpened(logId: string): Promise<boolean> {
  const res = (await db.collection(SEARCH_LOG_COLLECTION).doc(logId).update({ data: { opened: true } })) as { stats: { updated: number } };
  return res.stats.updated > 0;
}

/** The last `weeks` weeks up to now, newest first, each with its most asked unanswered questions. */
export async function searchGaps(weeks: number, now: Date): Promise<SearchGapWeek[]> {
  const $ = _.aggregate;
  const list = Array.from({ length: weeks }, (_unused, i) => weekOf(new Date(now.getTime() - i * 7 * DAY_MS)));
  return Promise.all(
    list.map(async (week) => {
      const [{ total: searches }, { total: unanswered }, grouped] = await Promise.all([
        db.collection(SEARCH_LOG_COLLECTION).where({ week }).count() as Promise<{ total: number }>,
        db.collection(SEARCH_LOG_COLLECTION).where({ week, answered: false }).count() as Promise<{ total: number }>,
        db.collection(SEARCH_LOG_COLLECTION).aggregate().match({ week, answered: false })
          .group({ _id: '$key', q: $.first('$q'), count: $.sum(1), opened: $.sum($.cond({ if: '$opened', then: 1, else: 0 })) })
          .sort({ count: -1, _id: 1 }).limit(TOP_PER_WEEK).end() as Promise<{ list: { q: string; count: number; opened: number }[] }>,
      ]);
      return { week, searches, unanswered, top: grouped.list.map(({ q, count, opened }) => ({ q, count, opened })) };
    }),
  );
}
