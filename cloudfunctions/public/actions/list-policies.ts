// Anyone may call; the policy library, newest first, filtered by category, status, level and year.
import { publicApi } from '#types/api/public';
import { POLICY_COLLECTION, type PolicyDoc } from '#types/models/policy';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';
import { toPolicyListItem } from '../views';

export const listPolicies = defineHandler(publicApi.listPolicies, 'anyone', async ({ category, status, level, year, cursor, limit = 20 }) => {
  const filters: object[] = [{ lifecycle: _.neq('withdrawn') }];
  if (category) filters.push({ category });
  if (status) filters.push({ status });
  if (level) filters.push({ level });
  if (year) filters.push({ year });
  if (cursor) filters.push(olderThan('issuedAt', decodeCursor(cursor)));
  const rows = await docsOf<PolicyDoc>(
    db.collection(POLICY_COLLECTION).where(_.and(filters)).field({ body: false, explainer: false, attachments: false }).orderBy('issuedAt', 'desc').orderBy('_id', 'desc').limit(limit + 1),
  );
  const { page, nextCursor } = pageOf(rows, limit, (row) => row.issuedAt);
  return { items: page.map(toPolicyListItem), nextCursor };
});
