import type { Paged, QaItem } from '#types/api/policy-views';
import { QA_COLLECTION, type QaDoc, type QaTopic } from '#types/models/policy';
import { _, db, docsOf } from '../../_shared/cloud';
import { decodeOffset, offsetPage } from '../../_shared/offset-cursor';
import { toQaItem } from '../views';

/** Published Q&A of a policy or a topic, in the order staff gave them. */
export async function qaPage(filter: { policyId?: string; topic?: QaTopic }, cursor: string | undefined, limit: number): Promise<Paged<QaItem>> {
  const offset = decodeOffset(cursor);
  const where = { lifecycle: _.neq('withdrawn'), ...(filter.policyId ? { policyId: filter.policyId } : {}), ...(filter.topic ? { topic: filter.topic } : {}) };
  const rows = await docsOf<QaDoc>(db.collection(QA_COLLECTION).where(where).orderBy('order', 'asc').orderBy('_id', 'asc').skip(offset).limit(limit + 1));
  const { items, nextCursor } = offsetPage(rows, offset, limit);
  return { items: items.map(toQaItem), nextCursor };
}
