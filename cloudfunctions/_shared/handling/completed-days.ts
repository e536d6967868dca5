// Working days of the cases completed within a span of days: for one item code (a guide's page), or
// for every code at once (the work summary), grouped in the database so only numbers travel.
import { HANDLING_COLLECTION } from '#types/models/handling';
import { allDocs } from '../all-docs';
import { _, db } from '../cloud';
import { type DayRange, rangeBounds } from '../time/day-range';

const completedWithin = (range: DayRange) => {
  const { start, end } = rangeBounds(range);
  return _.gte(start).and(_.lt(end));
};

/** Each completed case of one item code, with the instant it completed. */
export async function completedOf(itemCode: string, range: DayRange): Promise<{ completedAt: Date; workingDays: number }[]> {
  return allDocs<{ completedAt: Date; workingDays: number }>((offset, limit) =>
    db.collection(HANDLING_COLLECTION).where({ itemCode, completedAt: completedWithin(range) }).orderBy('completedAt', 'asc').skip(offset).limit(limit).field({ completedAt: true, workingDays: true }),
  );
}

/** Item codes seen at most (a county's catalogue of items is a few hundred). */
const CODES_MAX = 1000;

export async function completedDaysByCode(range: DayRange): Promise<Map<string, number[]>> {
  const $ = _.aggregate;
  const res = (await db.collection(HANDLING_COLLECTION).aggregate()
    .match({ completedAt: completedWithin(range) })
    .group({ _id: '$itemCode', days: $.push('$workingDays') })
    .limit(CODES_MAX)
    .end()) as { list: { _id: string; days: number[] }[] };
  return new Map(res.list.map((r) => [r._id, r.days]));
}
