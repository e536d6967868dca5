// Anyone may call; one project with progress, investment, milestones, disclosure state and history.
import { publicApi } from '#types/api/public';
import { PROJECT_COLLECTION, type ProjectDoc } from '#types/models/project';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { fileUrls } from '../queries/file-urls';
import { historyPage } from '../queries/history-page';
import { toProjectView } from '../queries/project-view';

export const getProject = defineHandler(publicApi.getProject, 'anyone', async ({ id }, { now }) => {
  const p = await docOrNull<ProjectDoc>(db.collection(PROJECT_COLLECTION).doc(id));
  if (!p) throw notFound('项目');
  const [urls, history] = await Promise.all([fileUrls(p.disclosures.flatMap((d) => (d.fileId ? [d.fileId] : []))), historyPage('project', id, undefined, 5)]);
  return toProjectView(p, now, urls, history);
});
