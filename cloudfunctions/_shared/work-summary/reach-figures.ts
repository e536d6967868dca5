// Notices and SMS links in a period: sends started, messages delivered, people with notice settings (only
// now: no history is kept), SMS link sets made and the opens they brought.
import type { PeriodFigures } from '#types/api/work-summary-views';
import { DELIVERY_COLLECTION, NOTICE_PREFS_COLLECTION, NOTICE_SEND_COLLECTION } from '#types/models/notice';
import { REACH_COLLECTION, type ReachLinkDoc } from '#types/models/reach';
import { allDocs } from '../all-docs';
import { _, countOf, db } from '../cloud';
import { type DayRange, rangeBounds } from '../time/day-range';

export async function noticeFigures(range: DayRange, withSubscribers: boolean): Promise<PeriodFigures['notices']> {
  const { start, end } = rangeBounds(range);
  const within = _.gte(start).and(_.lt(end));
  const [sends, delivered, subscribers] = await Promise.all([
    countOf(db.collection(NOTICE_SEND_COLLECTION).where({ createdAt: within })),
    countOf(db.collection(DELIVERY_COLLECTION).where({ status: 'sent', at: within })),
    withSubscribers ? countOf(db.collection(NOTICE_PREFS_COLLECTION)) : Promise.resolve(null),
  ]);
  return { subscribers, sends, delivered };
}

export const totalOpens = (sets: Pick<ReachLinkDoc, 'opens'>[]): number => sets.reduce((n, s) => n + Object.values(s.opens ?? {}).reduce((a, b) => a + b, 0), 0);

export async function reachFigures(range: DayRange): Promise<PeriodFigures['reach']> {
  const { start, end } = rangeBounds(range);
  const sets = await allDocs<Pick<ReachLinkDoc, 'opens'>>((offset, limit) =>
    db.collection(REACH_COLLECTION).where({ createdAt: _.gte(start).and(_.lt(end)) }).orderBy('createdAt', 'asc').skip(offset).limit(limit).field({ opens: true }),
  );
  return { linkSets: sets.length, opens: totalOpens(sets) };
}
