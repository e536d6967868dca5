// 双公示 figures for a year of decision dates, for the annual report: licences and penalties, how many
// of each went online late, penalties by type (a decision with several types counts under each), and the
// fines in 万元. Counts every decision imported, in public view or not.
import type { DecisionCounts } from '#types/api/decision-views';
import { DECISION_COLLECTION, type DecisionKind, PENALTY_TYPES } from '#types/models/decision';
import { _, countOf, db } from '../cloud';

export async function countDecisions(year: number): Promise<DecisionCounts> {
  const decisionDate = _.gte(new Date(Date.UTC(year, 0, 1))).and(_.lt(new Date(Date.UTC(year + 1, 0, 1))));
  const count = (where: object): Promise<number> => countOf(db.collection(DECISION_COLLECTION).where({ ...where, decisionDate }));
  const ofKind = (kind: DecisionKind): Promise<[number, number]> => Promise.all([count({ kind }), count({ kind, late: true })]);
  const [[licences, lateLicences], [penalties, latePenalties], byType, fines] = await Promise.all([
    ofKind('licence'),
    ofKind('penalty'),
    Promise.all(PENALTY_TYPES.map(async (t) => [t, await count({ kind: 'penalty', penaltyTypes: t })] as const)),
    db.collection(DECISION_COLLECTION).aggregate().match({ kind: 'penalty', decisionDate }).group({ _id: null, fines: _.aggregate.sum('$amount') }).end() as Promise<{ list: { fines: number }[] }>,
  ]);
  return {
    year,
    licences,
    penalties,
    late: { licence: lateLicences, penalty: latePenalties },
    byPenaltyType: Object.fromEntries(byType.filter(([, n]) => n > 0)),
    fines: Math.round((fines.list[0]?.fines ?? 0) * 100) / 100,
  };
}
