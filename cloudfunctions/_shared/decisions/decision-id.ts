// A decision's document id from its kind and decision number, so a file imported twice (or retried)
// lands on the same documents; the unique (kind, decisionNo) index guards the same rule in the database.
import { createHash } from 'node:crypto';
import type { DecisionKind } from '#types/models/decision';

export const decisionId = (kind: DecisionKind, decisionNo: string): string =>
  `${kind}-${createHash('sha256').update(decisionNo).digest('hex').slice(0, 24)}`;
