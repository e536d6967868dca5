import type { HistoryItem, Paged } from '#types/api/policy-views';
import { HISTORY_COLLECTION, type HistoryDoc } from '#types/models/content';
import { _, db, docsOf } from '../../_shared/cloud';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';

/** An item's change history (更新记录), newest first. */
export async function historyPage(kind: string, targetId: string, cursor: string | undefined, limit: number): Promise<Paged<HistoryItem>> {
  const base = { kind, targetId };
  const where = cursor ? _.and([base, olderThan('at', decodeCursor(cursor))]) : base;
  const rows = await docsOf<HistoryDoc>(db.collection(HISTORY_COLLECTION).where(where).orderBy('at', 'desc').orderBy('_id', 'desc').limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (row) => row.at);
  return { items: page.map((h) => ({ version: h.version, note: h.note, at: h.at.toISOString() })), nextCursor };
}
