// Anyone may call; one project with progress, investment, milestones, disclosure state and history.
import { publicApi } from '#types/api/public';
import { PROJECT_COLLECTION, type ProjectDoc } from '#types/models/project';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { fileUrls } from '../../_shared/file-urls';
import { isFollowing } from '../queries/follow-id';
import { historyPage } from '../queries/history-page';
import { inspectionsPage, updatesPage } from '../queries/project-activity-pages';
import { toProjectView } from '../queries/project-view';

const FIRST_PAGE = 5;

export const getProject = defineHandler(publicApi.getProject, 'anyone', async ({ id }, { now, caller }) => {
  const p = await docOrNull<ProjectDoc>(db.collection(PROJECT_COLLECTION).doc(id));
  if (!p) throw notFound('项目');
  const [urls, history, updates, inspections, me] = await Promise.all([
    fileUrls(p.disclosures.flatMap((d) => (d.fileId ? [d.fileId] : []))),
    historyPage('project', id, undefined, FIRST_PAGE),
    updatesPage(id, undefined, FIRST_PAGE),
    inspectionsPage(id, undefined, FIRST_PAGE),
    caller(),
  ]);
  return { ...toProjectView(p, now, urls, history), updates, inspections, following: await isFollowing(me.openid, id) };
});
