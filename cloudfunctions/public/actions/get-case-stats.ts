// Anyone may call; public response statistics for the last 30 days and the half year. Reads the
// half year's cases (only the fields counted) a page at a time; an instance keeps the answer 5 minutes.
import { publicApi } from '#types/api/public';
import type { CaseStatsWindow } from '#types/api/case-views';
import { CASE_COLLECTION } from '#types/models/case';
import { allDocs } from '../../_shared/all-docs';
import { _, db } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { type StatsCase, statsOf } from '../queries/case-stats';

const HALF_YEAR_DAYS = 182;
const KEEP_MS = 5 * 60_000;
let cached: { at: number; windows: CaseStatsWindow[] } | null = null;

function casesSince(since: Date): Promise<StatsCase[]> {
  return allDocs<StatsCase>((offset, limit) =>
    db.collection(CASE_COLLECTION).where({ createdAt: _.gte(since) }).orderBy('createdAt', 'asc').skip(offset).limit(limit)
      .field({ category: true, status: true, events: true, createdAt: true, dueAt: true, firstRepliedAt: true, channel: true }),
  );
}

export const getCaseStats = defineHandler(publicApi.getCaseStats, 'anyone', async (_input, { now }) => {
  if (cached && now.getTime() - cached.at < KEEP_MS) return { windows: cached.windows };
  const cases = await casesSince(new Date(now.getTime() - HALF_YEAR_DAYS * 86_400_000));
  const windows = [statsOf(cases, '近 30 天', 30, now), statsOf(cases, '近半年', HALF_YEAR_DAYS, now)];
  cached = { at: now.getTime(), windows };
  return { windows };
});
