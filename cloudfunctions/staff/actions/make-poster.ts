// Editors and reviewers: a printable A4 poster for one village's (or township's) notice board, for a
// published item or as this month's 本村公开栏 sheet. Stored once per request id; the answer is the stored
// poster; getPoster adds the mini-program code (scene = the poster id) to draw the sheet with, so retries and
// duplicates of this request never ask the platform for a code.
import { posterStaffApi } from '#types/api/posters';
import { areaOf } from '#types/models/place';
import { POSTER_COLLECTION, type PosterDoc } from '#types/models/poster';
import { recordAudit } from '../../_shared/audit';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { newId } from '../../_shared/new-id';
import { oncePerRequest } from '../../_shared/once-per-request';
import { requirePlace } from '../../_shared/places/require-place';
import { boardPosterContent, itemPosterContent } from '../../_shared/posters/poster-content';
import { bureauCard } from '../../_shared/posters/bureau-card';
import { posterView } from '../../_shared/posters/poster-view';

export const makePoster = defineHandler(posterStaffApi.makePoster, ['editor', 'reviewer'], async ({ requestId, refId, township, village }, { caller, now }) => {
  const me = await caller();
  const openid = me.openid as string;
  const { id } = await oncePerRequest('makePoster', openid, requestId, {
    async prepare() {
      await requirePlace(township, village);
      const _id = newId();
      const content = refId ? await itemPosterContent(refId, now) : await boardPosterContent(_id, township, village, now);
      const doc: PosterDoc = { _id, ...content, township, village, area: areaOf(township, village), scans: 0, createdBy: openid, createdByName: me.name ?? '', createdAt: now };
      return doc;
    },
    async write(tx, doc) {
      await tx.collection(POSTER_COLLECTION).add({ data: doc });
      await recordAudit(tx, { actor: openid, action: 'poster.make', collection: POSTER_COLLECTION, targetId: doc._id, before: null, after: { refId: doc.refId, area: doc.area, subject: doc.subject } }, now);
      return { id: doc._id };
    },
  }, now);
  const stored = await docOrNull<PosterDoc>(db.collection(POSTER_COLLECTION).doc(id));
  if (!stored) throw new Error(`poster ${id} answered but not stored`);
  return posterView(stored, await bureauCard());
});
