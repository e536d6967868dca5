// Notices and what reaches beyond the phone in a period: sends started, messages delivered, people with
// notice settings (only now: no history is kept), SMS link sets made and the opens they brought, posters
// made and their scans, and the villages' liaisons' confirmations (已张贴 / 已广播).
import type { PeriodFigures } from '#types/api/work-summary-views';
import { DELIVERY_COLLECTION, NOTICE_PREFS_COLLECTION, NOTICE_SEND_COLLECTION } from '#types/models/notice';
import { POSTER_COLLECTION, type PosterDoc } from '#types/models/poster';
import { REACH_COLLECTION, type ReachLinkDoc } from '#types/models/reach';
import { VILLAGE_CONFIRMATION_COLLECTION } from '#types/models/village-confirmation';
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
  const within = _.gte(start).and(_.lt(end));
  const [sets, posters, posted, broadcast] = await Promise.all([
    allDocs<Pick<ReachLinkDoc, 'opens'>>((offset, limit) => db.collection(REACH_COLLECTION).where({ createdAt: within }).orderBy('createdAt', 'asc').skip(offset).limit(limit).field({ opens: true })),
    allDocs<Pick<PosterDoc, 'scans'>>((offset, limit) => db.collection(POSTER_COLLECTION).where({ createdAt: within }).orderBy('createdAt', 'desc').skip(offset).limit(limit).field({ scans: true })),
    countOf(db.collection(VILLAGE_CONFIRMATION_COLLECTION).where({ createdAt: within, action: 'posted' })),
    countOf(db.collection(VILLAGE_CONFIRMATION_COLLECTION).where({ createdAt: within, action: 'broadcast' })),
  ]);
  return { linkSets: sets.length, opens: totalOpens(sets), posters: posters.length, scans: posters.reduce((n, p) => n + (p.scans ?? 0), 0), posted, broadcast };
}
