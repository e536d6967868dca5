// What was published in a period, per area: home-feed entries by kind (an item published or re-published
// in the period counts once) and 双公示 decisions dated in it.
import type { PeriodFigures } from '#types/api/work-summary-views';
import { DECISION_COLLECTION, DECISION_KINDS } from '#types/models/decision';
import { FEED_COLLECTION, FEED_KINDS, type FeedKind } from '#types/models/feed';
import { _, countOf, db } from '../cloud';
import { type DayRange, rangeBounds, shiftDay } from '../time/day-range';

export async function publishedFigures(range: DayRange): Promise<Omit<PeriodFigures['published'], 'projectUpdates'>> {
  const { start, end } = rangeBounds(range);
  const grouped = (await db.collection(FEED_COLLECTION).aggregate()
    .match({ publishedAt: _.gte(start).and(_.lt(end)) })
    .group({ _id: '$kind', count: _.aggregate.sum(1) })
    .end()) as { list: { _id: FeedKind; count: number }[] };
  const byKind = Object.fromEntries(FEED_KINDS.map((k) => [k, grouped.list.find((g) => g._id === k)?.count ?? 0])) as Record<FeedKind, number>;
  // Decision dates are days, stored as UTC midnight.
  const decisionDate = _.gte(new Date(`${range.from}T00:00:00Z`)).and(_.lt(new Date(`${shiftDay(range.to, 1)}T00:00:00Z`)));
  const decisions = (await Promise.all(DECISION_KINDS.map((kind) => countOf(db.collection(DECISION_COLLECTION).where({ kind, decisionDate }))))).reduce((a, b) => a + b, 0);
  return { byKind, decisions };
}
