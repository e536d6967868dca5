// Where each kind of feed item is stored, to read the item a poster is for (its points, its lifecycle).
import { BUDGET_COLLECTION } from '#types/models/budget';
import { CONSULTATION_COLLECTION } from '#types/models/consultation';
import type { FeedKind } from '#types/models/feed';
import { NOTICE_COLLECTION } from '#types/models/notice';
import { POLICY_COLLECTION } from '#types/models/policy';
import { PROJECT_COLLECTION } from '#types/models/project';
import { PROPOSAL_COLLECTION } from '#types/models/proposal';
import { SERVICE_COLLECTION } from '#types/models/service';

export const ITEM_COLLECTIONS: Record<FeedKind, string> = {
  policy: POLICY_COLLECTION,
  project: PROJECT_COLLECTION,
  service: SERVICE_COLLECTION,
  budget: BUDGET_COLLECTION,
  notice: NOTICE_COLLECTION,
  consultation: CONSULTATION_COLLECTION,
  proposal: PROPOSAL_COLLECTION,
};
