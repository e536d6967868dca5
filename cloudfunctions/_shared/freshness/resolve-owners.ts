// Who answers for each listed item: an admin's assignment of the item, else of its whole kind, else
// the item's last editor (the author of its last published revision). Revisions are read only for
// the items that are listed, 100 ids per query.
import { CONTENT_OWNER_COLLECTION, type ContentOwnerDoc, type DutyKind } from '#types/models/freshness';
import { REVISION_COLLECTION, type RevisionDoc } from '#types/models/revision';
import { STAFF_COLLECTION } from '#types/models/staff';
import { allDocs } from '../all-docs';
import { _, db, docsOf } from '../cloud';

const BATCH = 100;
const PARALLEL = 4;

export const ownerKey = (kind: DutyKind, itemId: string): string => `${kind}:${itemId}`;

/** Every admin assignment, by `${kind}:${itemId}` (`*` for a kind). */
export async function assignedOwners(): Promise<Map<string, string>> {
  const docs = await allDocs<ContentOwnerDoc>((offset, limit) => db.collection(CONTENT_OWNER_COLLECTION).skip(offset).limit(limit));
  return new Map(docs.map((d) => [d._id, d.owner]));
}

/** Item id → author of its latest published revision. */
export async function lastEditors(itemIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(itemIds)];
  const latest = new Map<string, { at: number; author: string }>();
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += BATCH) batches.push(ids.slice(i, i + BATCH));
  const read = (batch: string[]) =>
    allDocs<Pick<RevisionDoc, 'targetId' | 'authorId' | 'decidedAt' | 'updatedAt'>>((offset, limit) =>
      db.collection(REVISION_COLLECTION).where({ targetId: _.in(batch), status: 'published' }).field({ targetId: true, authorId: true, decidedAt: true, updatedAt: true }).skip(offset).limit(limit),
    );
  // Four queries at a time: the database serves them in parallel, one instance's memory stays small.
  for (let i = 0; i < batches.length; i += PARALLEL) {
    const revisions = (await Promise.all(batches.slice(i, i + PARALLEL).map(read))).flat();
    for (const r of revisions) {
      const at = (r.decidedAt ?? r.updatedAt).getTime();
      const seen = latest.get(r.targetId);
      if (!seen || at > seen.at) latest.set(r.targetId, { at, author: r.authorId });
    }
  }
  return new Map([...latest].map(([id, v]) => [id, v.author]));
}

/** Staff names by openid (the staff list is small). */
export async function staffNames(): Promise<Map<string, string>> {
  const staff = await docsOf<{ _id: string; name: string }>(db.collection(STAFF_COLLECTION).field({ name: true }).limit(1000));
  return new Map(staff.map((s) => [s._id, s.name]));
}
