// Retention: cases closed longer ago than the admin's period (or left 已答复 / 待补正 that long, see
// retentionStart) lose the person's details (erasedCase) and are stamped personalErasedAt; the case stays
// for statistics and the annual report. A page per kind per run. What lies outside the case (its photo
// files, the audit log's copies of it, the reply reminders that quoted it) goes first, each step
// safe to repeat, and the case is stamped last in a transaction that skips one already stamped: a run
// that dies midway leaves the case for the next run to finish, and overlapping runs stamp it once.
import { AUDIT_COLLECTION, type AuditDoc } from '#types/models/audit';
import { CASE_CATEGORIES, CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { NOTICE_SEND_COLLECTION, type NoticeSendDoc } from '#types/models/notice';
import { ERASE_PAGE, type RetentionDays } from '#types/models/retention';
import { _, cloud, db, docOrNull, docsOf, runTransaction } from '../_shared/cloud';
import { logError } from '../_shared/log-error';
import { maskPersonal } from '../_shared/cases/mask-personal';
import { erasedCase, IDLE_STATUSES, isCaseCopy, retentionStart } from '../_shared/personal/erased-case';
import { eraseRatingComments } from './erase-rating-comments';
import { eraseRegistrations } from './erase-registrations';
import { inParallel } from './in-parallel';

const DAY_MS = 86_400_000;
const ORDINARY = CASE_CATEGORIES.filter((c) => c !== 'disclosure');
/** Cases erased at once: each is a transaction, a file deletion and an audit scrub. */
const WIDTH = 4;

/** Its retention period still over and not yet erased (it may have been reopened since the query). */
function isDue(c: CaseDoc | null, cutoff: Cutoffs): c is CaseDoc {
  const start = c && !c.personalErasedAt ? retentionStart(c) : null;
  return Boolean(c && start && start < cutoff[c.category === 'disclosure' ? 'disclosures' : 'cases']);
}
type Cutoffs = Record<'cases' | 'disclosures', Date>;

/** Stamps one case erased; false when another run already had. */
async function eraseCase(id: string, now: Date, cutoff: Cutoffs): Promise<boolean> {
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!isDue(c, cutoff)) return false;
    await ref.update({ data: erasedCase(c, now) });
    return true;
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

/** Reply reminders (send jobs `case-<id>-<step>`) quoted the person's words in their message fields. */
async function scrubReminders(c: CaseDoc): Promise<void> {
  for (let step = 1; step <= c.events.length; step += 1) {
    const ref = db.collection(NOTICE_SEND_COLLECTION).doc(`case-${c._id}-${step}`);
    const job = await docOrNull<NoticeSendDoc>(ref);
    if (job) await ref.update({ data: { fields: job.fields.map((f) => ({ ...f, value: maskPersonal(f.value) })) } });
  }
}

/** False when the storage service failed the call: the case waits for the next run. A file already
 * gone is reported per file, not thrown, so deleting again is harmless. */
async function deletePhotos(fileIds: string[]): Promise<boolean> {
  if (!fileIds.length) return true;
  try {
    await cloud.deleteFile({ fileList: fileIds });
    return true;
  } catch (error) {
    logError('jobs: photos of an expired case not deleted, left for the next run', error, 'warn');
    return false;
  }
}

/** Cases, service ratings and meeting registrations erased by this run. */
export async function erasePersonal(now: Date, days: RetentionDays): Promise<number> {
  const cutoff: Cutoffs = { cases: new Date(now.getTime() - days.cases * DAY_MS), disclosures: new Date(now.getTime() - days.disclosures * DAY_MS) };
  const page = (where: object): Promise<{ _id: string }[]> => docsOf<{ _id: string }>(db.collection(CASE_COLLECTION).where(where).limit(ERASE_PAGE).field({ _id: true }));
  const due = async (kind: keyof Cutoffs, categories: readonly string[]): Promise<{ _id: string }[]> => [
    ...(await page({ personalErasedAt: null, category: _.in([...categories]), closedAt: _.lt(cutoff[kind]) })),
    ...(await page({ personalErasedAt: null, category: _.in([...categories]), status: _.in([...IDLE_STATUSES]), updatedAt: _.lt(cutoff[kind]) })),
  ];
  const ids = [...new Set([...(await due('cases', ORDINARY)), ...(await due('disclosures', ['disclosure']))].map((c) => c._id))];
  let erased = 0;
  await inParallel(ids, WIDTH, async (id) => {
    const c = await docOrNull<CaseDoc>(db.collection(CASE_COLLECTION).doc(id));
    if (!isDue(c, cutoff) || !(await deletePhotos(c.photos ?? []))) return;
    await scrubAuditCopies(id, now);
    await scrubReminders(c);
    if (await eraseCase(id, now, cutoff)) erased += 1;
  });
  return erased + (await eraseRatingComments(now, cutoff.cases)) + (await eraseRegistrations(now, cutoff.cases));
}
