// Working days of the cases completed within a span of days, per item code (all codes, or one guide's),
// grouped in the database so only the numbers travel, in one read whatever the number of cases.
import { HANDLING_COLLECTION } from '#types/models/handling';
import { _, db } from '../cloud';
import { type DayRange, rangeBounds } from '../time/day-range';

/** Item codes seen at most (a county's catalogue of items is a few hundred). */
const CODES_MAX = 1000;

export async function completedDaysByCode(range: DayRange, itemCode?: string): Promise<Map<string, number[]>> {
  const { start, end } = rangeBounds(range);
  const completedAt = _.gte(start).and(_.lt(end));
  const res = (await db.collection(HANDLING_COLLECTION).aggregate()
    .match(itemCode ? { itemCode, completedAt } : { completedAt })
    .group({ _id: '$itemCode', days: _.aggregate.push('$workingDays') })
    .limit(CODES_MAX)
    .end()) as { list: { _id: string; days: number[] }[] };
  return new Map(res.list.map((r) => [r._id, r.days]));
}
