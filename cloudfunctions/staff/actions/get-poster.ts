// Staff, or the village liaison of the poster's place: a poster with its code, to draw and print again.
import { posterStaffApi } from '#types/api/posters';
import { POSTER_COLLECTION, type PosterDoc } from '#types/models/poster';
import { AppError, notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { isLiaisonOnly, liaisonCovers } from '../../_shared/posters/liaison-scope';
import { posterSheet } from '../../_shared/posters/poster-view';

export const getPoster = defineHandler(posterStaffApi.getPoster, ['editor', 'reviewer', 'liaison'], async ({ id }, { caller }) => {
  const me = await caller();
  const poster = await docOrNull<PosterDoc>(db.collection(POSTER_COLLECTION).doc(id));
  if (!poster) throw notFound('这张海报');
  if (isLiaisonOnly(me) && !liaisonCovers(me, poster.area)) throw new AppError('PERMISSION_DENIED', `这张海报是给「${poster.area}」的，不在你负责的村里`);
  return posterSheet(poster);
});
