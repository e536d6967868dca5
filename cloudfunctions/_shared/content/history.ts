import { HISTORY_COLLECTION } from '#types/models/content';
import type { Tx } from '../cloud';

/** Appends a line to an item's visible change history (更新记录). */
export async function addHistory(tx: Tx, kind: string, targetId: string, version: number, note: string, at: Date): Promise<void> {
  await tx.collection(HISTORY_COLLECTION).add({ data: { kind, targetId, version, note, at } });
}
