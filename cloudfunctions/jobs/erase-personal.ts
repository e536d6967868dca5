// Retention: cases closed longer ago than the admin's period lose the person's details (erasedCase) and
// are stamped personalErasedAt; the case stays for statistics and the annual report. A page per kind per
// run; each case in its own transaction that skips one already erased, so overlapping runs erase it once
// and only the run that erased it deletes its photos and scrubs the audit log's copies of it.
import { AUDIT_COLLECTION, type AuditDoc } from '#types/models/audit';
import { CASE_CATEGORIES, CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { ERASE_PAGE, type RetentionDays } from '#types/models/retention';
import { _, cloud, db, docOrNull, docsOf, runTransaction } from '../_shared/cloud';
import { logError } from '../_shared/log-error';
import { erasedCase, isCaseCopy } from '../_shared/personal/erased-case';
import { inParallel } from './in-parallel';

const DAY_MS = 86_400_000;
const ORDINARY = CASE_CATEGORIES.filter((c) => c !== 'disclosure');
/** Cases erased at once: each is a transaction, a file deletion and an audit scrub. */
const WIDTH = 4;

/** Erases one case; the photos it held when this run erased it, or null when another run had. */
async function eraseCase(id: string, now: Date): Promise<string[] | null> {
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c || c.personalErasedAt) return null;
    await ref.update({ data: erasedCase(c, now) });
    return c.photos ?? [];
  });
}

/** The audit log keeps whole copies of a case before and after each staff write: erased the same way. */
async function scrubAuditCopies(id: string, now: Date): Promise<void> {
  const entries = await docsOf<AuditDoc>(db.collection(AUDIT_COLLECTION).where({ targetId: id }).limit(1000));
  for (const entry of entries) {
    if (entry.collection !== CASE_COLLECTION) continue;
    // An update names fields inside before/after (the SDK writes nested objects field by field).
    const data = Object.fromEntries(
      (['before', 'after'] as const).flatMap((side) => {
        const copy = entry[side];
        return isCaseCopy(copy) ? [[side, erasedCase(copy, now)]] : [];
      }),
    );
    if (Object.keys(data).length) await db.collection(AUDIT_COLLECTION).doc(entry._id).update({ data });
  }
}

async function deletePhotos(fileIds: string[]): Promise<void> {
  if (!fileIds.length) return;
  try {
    await cloud.deleteFile({ fileList: fileIds });
  } catch (error) {
    logError('jobs: photos of an erased case not deleted', error, 'warn');
  }
}

/** Cases erased by this run. */
export async function erasePersonal(now: Date, days: RetentionDays): Promise<number> {
  const due = (kind: 'cases' | 'disclosures', categories: readonly string[]): Promise<{ _id: string }[]> =>
    docsOf<{ _id: string }>(
      db
        .collection(CASE_COLLECTION)
        .where({ personalErasedAt: null, category: _.in([...categories]), closedAt: _.lt(new Date(now.getTime() - days[kind] * DAY_MS)) })
        .limit(ERASE_PAGE)
        .field({ _id: true }),
    );
  const ids = [...(await due('cases', ORDINARY)), ...(await due('disclosures', ['disclosure']))].map((c) => c._id);
  let erased = 0;
  await inParallel(ids, WIDTH, async (id) => {
    const photos = await eraseCase(id, now);
    if (photos === null) return;
    erased += 1;
    await deletePhotos(photos);
    await scrubAuditCopies(id, now);
  });
  return erased;
}
