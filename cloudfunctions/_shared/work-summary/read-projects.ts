// The published projects with their progress updates published in a period (a county has tens of
// projects: one read for them, one per project for its updates).
import { PROJECT_COLLECTION, PROJECT_UPDATE_COLLECTION, type ProjectDoc } from '#types/models/project';
import { allDocs } from '../all-docs';
import { _, db } from '../cloud';
import { type DayRange, rangeBounds } from '../time/day-range';
import type { ProjectRecord } from './project-months';

export async function readProjects(range: DayRange): Promise<ProjectRecord[]> {
  const { start, end } = rangeBounds(range);
  const projects = await allDocs<Pick<ProjectDoc, '_id' | 'name' | 'status' | 'publishedAt' | 'lastUpdateAt'>>((offset, limit) =>
    db.collection(PROJECT_COLLECTION).where({ lifecycle: 'published' }).skip(offset).limit(limit).field({ name: true, status: true, publishedAt: true, lastUpdateAt: true }),
  );
  return Promise.all(
    projects.map(async (p) => {
      const updates = await allDocs<{ publishedAt: Date; lifecycle: string }>((offset, limit) =>
        db.collection(PROJECT_UPDATE_COLLECTION).where({ projectId: p._id, publishedAt: _.gte(start).and(_.lt(end)) }).orderBy('publishedAt', 'desc').skip(offset).limit(limit).field({ publishedAt: true, lifecycle: true }),
      );
      return { id: p._id, name: p.name, status: p.status, publishedAt: p.publishedAt, lastUpdateAt: p.lastUpdateAt, updates: updates.filter((u) => u.lifecycle !== 'withdrawn').map((u) => u.publishedAt) };
    }),
  );
}
