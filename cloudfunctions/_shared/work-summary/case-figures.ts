// Cases received in a period, by the channel they came in through: how many, the median days to the first
// reply and the share answered on time, judged at `asOf` (the period's end, or now while it runs).
import type { PeriodFigures } from '#types/api/work-summary-views';
import { CASE_CHANNELS, CASE_COLLECTION } from '#types/models/case';
import { allDocs } from '../all-docs';
import { replyFigures, type StatsCase } from '../cases/reply-figures';
import { _, db } from '../cloud';
import { type DayRange, rangeBounds } from '../time/day-range';

export function casesByChannel(cases: StatsCase[], asOf: Date): PeriodFigures['cases'] {
  const byChannel = Object.fromEntries(CASE_CHANNELS.map((k) => [k, replyFigures(cases.filter((c) => (c.channel ?? 'app') === k), asOf)])) as PeriodFigures['cases']['byChannel'];
  return { all: replyFigures(cases, asOf), byChannel };
}

export async function caseFigures(range: DayRange, asOf: Date): Promise<PeriodFigures['cases']> {
  const { start, end } = rangeBounds(range);
  const cases = await allDocs<StatsCase>((offset, limit) =>
    db.collection(CASE_COLLECTION).where({ createdAt: _.gte(start).and(_.lt(end)) }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').skip(offset).limit(limit)
      .field({ category: true, status: true, events: true, createdAt: true, dueAt: true, firstRepliedAt: true, channel: true }),
  );
  return casesByChannel(cases, asOf);
}
