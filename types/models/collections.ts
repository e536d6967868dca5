// Every collection the product uses. Cloud databases need collections created before first use:
// the emulator creates these at start, and `npm run setup:cloud` creates them in a real environment.
import { AUDIT_COLLECTION } from './audit';
import { CASE_COLLECTION } from './case';
import { HISTORY_COLLECTION } from './content';
import { FEED_COLLECTION } from './feed';
import { DELIVERY_COLLECTION, NOTICE_COLLECTION, NOTICE_PREFS_COLLECTION, NOTICE_READ_COLLECTION, NOTICE_SEND_COLLECTION } from './notice';
import { POLICY_COLLECTION, QA_COLLECTION, TERM_COLLECTION } from './policy';
import { FOLLOW_COLLECTION, INSPECTION_COLLECTION, PROJECT_COLLECTION, PROJECT_UPDATE_COLLECTION } from './project';
import { REVISION_COLLECTION } from './revision';
import { SEARCH_COLLECTION } from './search';
import { STAFF_COLLECTION } from './staff';
import { VOTE_COLLECTION } from './vote';

export const COLLECTIONS = [
  FEED_COLLECTION,
  STAFF_COLLECTION,
  AUDIT_COLLECTION,
  POLICY_COLLECTION,
  QA_COLLECTION,
  TERM_COLLECTION,
  REVISION_COLLECTION,
  HISTORY_COLLECTION,
  SEARCH_COLLECTION,
  VOTE_COLLECTION,
  PROJECT_COLLECTION,
  PROJECT_UPDATE_COLLECTION,
  INSPECTION_COLLECTION,
  FOLLOW_COLLECTION,
  CASE_COLLECTION,
  NOTICE_COLLECTION,
  NOTICE_SEND_COLLECTION,
  DELIVERY_COLLECTION,
  NOTICE_PREFS_COLLECTION,
  NOTICE_READ_COLLECTION,
] as const;
