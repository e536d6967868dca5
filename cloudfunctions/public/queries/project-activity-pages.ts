// A project's progress updates and inspections, newest first, a page at a time.
import type { InspectionView, ProjectUpdateView } from '#types/api/project-views';
import type { Paged } from '#types/api/policy-views';
import { INSPECTION_COLLECTION, type InspectionContent, PROJECT_UPDATE_COLLECTION, type ProjectUpdateContent } from '#types/models/project';
import type { PublishedMeta } from '#types/models/content';
import { _, db, docsOf } from '../../_shared/cloud';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';
import { fileUrls } from '../../_shared/file-urls';

async function page<T extends PublishedMeta>(collection: string, field: string, projectId: string, cursor: string | undefined, limit: number, timeOf: (row: T) => Date): Promise<{ page: T[]; nextCursor: string | null }> {
  const base = { projectId, lifecycle: _.neq('withdrawn') };
  const where = cursor ? _.and([base, olderThan(field, decodeCursor(cursor))]) : base;
  const rows = await docsOf<T>(db.collection(collection).where(where).orderBy(field, 'desc').orderBy('_id', 'desc').limit(limit + 1));
  return pageOf(rows, limit, timeOf);
}

export async function updatesPage(projectId: string, cursor: string | undefined, limit: number): Promise<Paged<ProjectUpdateView>> {
  const { page: rows, nextCursor } = await page<ProjectUpdateContent & PublishedMeta>(PROJECT_UPDATE_COLLECTION, 'publishedAt', projectId, cursor, limit, (r) => r.publishedAt);
  const urls = await fileUrls(rows.flatMap((r) => r.photos));
  return {
    items: rows.map((r) => ({ id: r._id, text: r.text, reason: r.reason, photos: r.photos.map((p) => urls.get(p) ?? null), publishedAt: r.publishedAt.toISOString() })),
    nextCursor,
  };
}

export async function inspectionsPage(projectId: string, cursor: string | undefined, limit: number): Promise<Paged<InspectionView>> {
  const { page: rows, nextCursor } = await page<InspectionContent & PublishedMeta>(INSPECTION_COLLECTION, 'checkedAt', projectId, cursor, limit, (r) => r.checkedAt);
  return {
    items: rows.map((r) => ({
      id: r._id,
      checkedAt: r.checkedAt.toISOString(),
      inspector: r.inspector,
      result: r.result,
      problems: r.problems,
      rectification: r.rectification,
      rectifiedAt: r.rectifiedAt?.toISOString() ?? null,
    })),
    nextCursor,
  };
}
