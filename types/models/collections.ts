// Every collection the product uses. Cloud databases need collections created before first use:
// the emulator creates these at start, and `npm run setup:cloud` creates them in a real environment.
import { AUDIT_COLLECTION } from './audit';
import { FEED_COLLECTION } from './feed';
import { STAFF_COLLECTION } from './staff';

export const COLLECTIONS = [FEED_COLLECTION, STAFF_COLLECTION, AUDIT_COLLECTION] as const;
