// The append-only record of every staff write: who, what, when, before and after; a publishing step
// also carries its 保密审查 (who checked, when, on what basis).
import type { ConfidentialityCheck } from './confidentiality';

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
  confidentiality?: ConfidentialityCheck;
}
