// Anyone: 双公示 decisions of one kind still in their publicity period, newest decision first, with
// keyword search and filters; keyset paging by (decision date, id).
import { publicApi } from '#types/api/public';
import { DECISION_COLLECTION, type DecisionDoc } from '#types/models/decision';
import { db, docsOf } from '../../_shared/cloud';
import { toDecisionListItem } from '../../_shared/decisions/decision-view';
import { publicDecisionFilter } from '../../_shared/decisions/public-decision-filter';
import { inViewFrom, publicitySettings } from '../../_shared/decisions/publicity-settings';
import { defineHandler } from '../../_shared/define-handler';
import { decodeCursor, pageOf } from '../../_shared/time-cursor';
import { cstDay } from '../../_shared/time/working-days';

export const listDecisions = defineHandler(publicApi.listDecisions, 'anyone', async ({ cursor, limit = 20, ...filter }, { now }) => {
  const { days } = await publicitySettings();
  const where = publicDecisionFilter(filter, inViewFrom(cstDay(now), days[filter.kind]), cursor ? decodeCursor(cursor) : null);
  const rows = await docsOf<DecisionDoc>(db.collection(DECISION_COLLECTION).where(where).orderBy('decisionDate', 'desc').orderBy('_id', 'desc').limit(limit + 1).field({ searchText: false, confidentiality: false }));
  const { page, nextCursor } = pageOf(rows, limit, (d) => d.decisionDate);
  return { items: page.map(toDecisionListItem), nextCursor };
});
