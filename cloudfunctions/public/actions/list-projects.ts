// Anyone may call; construction projects by type, status and township, recently updated or by progress.
import { publicApi } from '#types/api/public';
import { PROJECT_COLLECTION, type ProjectDoc } from '#types/models/project';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeOffset, offsetPage } from '../../_shared/offset-cursor';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';
import { toProjectListItem } from '../queries/project-view';

const LIST_FIELDS = { name: true, type: true, township: true, status: true, percent: true, summary: true, lastUpdateAt: true, plannedEndAt: true, lifecycle: true };

export const listProjects = defineHandler(publicApi.listProjects, 'anyone', async ({ type, status, township, sort, cursor, limit = 20 }, { now }) => {
  const filters: object[] = [{ lifecycle: _.neq('withdrawn') }];
  if (type) filters.push({ type });
  if (status) filters.push({ status });
  if (township) filters.push({ township });
  const base = db.collection(PROJECT_COLLECTION);
  if (sort === 'progress') {
    const offset = decodeOffset(cursor);
    const rows = await docsOf<ProjectDoc>(base.where(_.and(filters)).field(LIST_FIELDS).orderBy('percent', 'desc').orderBy('_id', 'asc').skip(offset).limit(limit + 1));
    const { items, nextCursor } = offsetPage(rows, offset, limit);
    return { items: items.map((p) => toProjectListItem(p, now)), nextCursor };
  }
  if (cursor) filters.push(olderThan('lastUpdateAt', decodeCursor(cursor)));
  const rows = await docsOf<ProjectDoc>(base.where(_.and(filters)).field(LIST_FIELDS).orderBy('lastUpdateAt', 'desc').orderBy('_id', 'desc').limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (row) => row.lastUpdateAt);
  return { items: page.map((p) => toProjectListItem(p, now)), nextCursor };
});
