// The append-only record of every staff write: who, what, when, before and after.

export const AUDIT_COLLECTION = 'audit_log';

export interface AuditDoc {
  _id: string;
  actor: string;
  action: string;
  collection: string;
  targetId: string;
  before: unknown;
  after: unknown;
  at: Date;
}
