// The search log's side of demand signals: over the last DEMAND_SEARCH_WEEKS Beijing weeks, the
// questions people searched without an answer and those answered only weakly, grouped by their
// normalised form (the log holds masked questions and never who asked).
import { DEMAND_SEARCH_WEEKS, WEAK_ANSWER_SUPPORT } from '#types/models/demand';
import { SEARCH_LOG_COLLECTION } from '#types/models/search-log';
import { _, countOf, db } from '../../cloud';
import { weekOf } from '../../search/search-log';

const WEEK_MS = 7 * 86_400_000;
/** Groups kept per outcome: many more than the list shows, so a question high in both is ranked right. */
const GROUPS_MAX = 500;

export interface SearchGroup {
  key: string;
  q: string;
  count: number;
  opened: number;
}

export interface SearchDemandRead {
  unanswered: SearchGroup[];
  weak: SearchGroup[];
  /** Searches in the window (all outcomes). */
  scanned: number;
}

export const demandWeeks = (now: Date): string[] => Array.from({ length: DEMAND_SEARCH_WEEKS }, (_unused, i) => weekOf(new Date(now.getTime() - i * WEEK_MS)));

export async function readSearchDemand(now: Date): Promise<SearchDemandRead> {
  const $ = _.aggregate;
  const week = _.in(demandWeeks(now));
  const grouped = (match: object): Promise<SearchGroup[]> =>
    (db.collection(SEARCH_LOG_COLLECTION).aggregate().match(match)
      .group({ _id: '$key', q: $.first('$q'), count: $.sum(1), opened: $.sum($.cond({ if: '$opened', then: 1, else: 0 })) })
      .sort({ count: -1, _id: 1 }).limit(GROUPS_MAX).end() as Promise<{ list: { _id: string; q: string; count: number; opened: number }[] }>)
      .then((res) => res.list.map((g) => ({ key: g._id, q: g.q, count: g.count, opened: g.opened })));
  const [unanswered, weak, scanned] = await Promise.all([
    grouped({ week, answered: false }),
    grouped({ week, answered: true, topScore: _.lt(WEAK_ANSWER_SUPPORT) }),
    countOf(db.collection(SEARCH_LOG_COLLECTION).where({ week })),
  ]);
  return { unanswered, weak, scanned };
}
