// For staff: the last year of 办件 records (by day received) per item code, with the published guides
// each code links to. Codes no guide carries, codes two guides carry and guides with no code are all
// shown, so no record is dropped from the figures without anyone seeing it.
import type { HandlingCodeRow, HandlingOverview } from '#types/api/handling-views';
import { HANDLING_COLLECTION } from '#types/models/handling';
import { _, db } from '../cloud';
import { rangeBounds, shiftDay } from '../time/day-range';
import { cstDay } from '../time/working-days';
import { loadGuideCodes } from './guide-codes';

const CODES_MAX = 1000;

export async function handlingOverview(now: Date): Promise<HandlingOverview> {
  const to = cstDay(now);
  const from = shiftDay(to, -364);
  const { start, end } = rangeBounds({ from, to });
  const $ = _.aggregate;
  const [grouped, guides] = await Promise.all([
    db.collection(HANDLING_COLLECTION).aggregate()
      .match({ receivedAt: _.gte(start).and(_.lt(end)) })
      .group({ _id: '$itemCode', itemName: $.first('$itemName'), records: $.sum(1), inProgress: $.sum($.cond({ if: $.eq(['$completedAt', null]), then: 1, else: 0 })) })
      .sort({ _id: 1 })
      .limit(CODES_MAX)
      .end() as Promise<{ list: { _id: string; itemName: string; records: number; inProgress: number }[] }>,
    loadGuideCodes(),
  ]);
  const codes: HandlingCodeRow[] = grouped.list.map((g) => ({
    itemCode: g._id,
    itemName: g.itemName,
    records: g.records,
    inProgress: g.inProgress,
    guides: guides.filter((guide) => guide.itemCode === g._id).map(({ id, name, promisedDays }) => ({ id, name, promisedDays })),
  }));
  // Unlinked codes first, then codes two guides share, then the rest by code.
  const rank = (row: HandlingCodeRow): number => (row.guides.length === 0 ? 0 : row.guides.length > 1 ? 1 : 2);
  codes.sort((a, b) => rank(a) - rank(b) || a.itemCode.localeCompare(b.itemCode));
  return {
    from,
    to,
    total: codes.reduce((n, c) => n + c.records, 0),
    codes,
    guidesWithoutCode: guides.filter((g) => !g.itemCode).map(({ id, name }) => ({ id, name })),
  };
}
