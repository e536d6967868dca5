// Anyone may call; a project's quality and safety inspections, newest first.
import { publicApi } from '#types/api/public';
import { defineHandler } from '../../_shared/define-handler';
import { inspectionsPage } from '../queries/project-activity-pages';

export const listInspections = defineHandler(publicApi.listInspections, 'anyone', async ({ projectId, cursor, limit = 10 }) => inspectionsPage(projectId, cursor, limit));
