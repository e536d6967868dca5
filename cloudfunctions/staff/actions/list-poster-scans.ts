// Editors and reviewers: scans per poster (newest first) and per village, and which villages with posters
// have none; for one item, or the last 1,000 posters.
import { posterStaffApi } from '#types/api/posters';
import { POSTER_COLLECTION, type PosterDoc } from '#types/models/poster';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { scanReport } from '../../_shared/posters/scan-report';

const POSTERS_MAX = 1000;

export const listPosterScans = defineHandler(posterStaffApi.listPosterScans, ['editor', 'reviewer'], async ({ refId }) => {
  const posters = db.collection(POSTER_COLLECTION);
  const query = refId ? posters.where({ refId }).orderBy('createdAt', 'desc') : posters.orderBy('createdAt', 'desc').orderBy('_id', 'desc');
  return scanReport(await docsOf<PosterDoc>(query.limit(POSTERS_MAX)));
});
