// Anyone may call; a project's progress updates with photos, newest first.
import { publicApi } from '#types/api/public';
import { defineHandler } from '../../_shared/define-handler';
import { updatesPage } from '../queries/project-activity-pages';

export const listProjectUpdates = defineHandler(publicApi.listProjectUpdates, 'anyone', async ({ projectId, cursor, limit = 10 }) => updatesPage(projectId, cursor, limit));
