// Appends to the audit log inside the caller's transaction, so a write and its record land together.
import { AUDIT_COLLECTION, type AuditDoc } from '#types/models/audit';
import type { Tx } from './cloud';

export async function recordAudit(tx: Tx, entry: Omit<AuditDoc, '_id' | 'at'>, at: Date): Promise<void> {
  await tx.collection(AUDIT_COLLECTION).add({ data: { ...entry, at } });
}
