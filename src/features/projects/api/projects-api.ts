import type { ProjectStatus, ProjectType } from '#types/models/project';
import { call } from '@/lib/cloud';

export interface ProjectFilters {
  type?: ProjectType;
  township?: string;
  status?: ProjectStatus;
  sort: 'updated' | 'progress';
}

export const fetchProjects = (filters: ProjectFilters, cursor?: string) => call('public', 'listProjects', { ...filters, ...(cursor ? { cursor } : {}) }, { retry: true });
export const fetchProject = (id: string) => call('public', 'getProject', { id }, { retry: true });
export const fetchUpdates = (projectId: string, cursor: string) => call('public', 'listProjectUpdates', { projectId, cursor }, { retry: true });
export const fetchInspections = (projectId: string, cursor: string) => call('public', 'listInspections', { projectId, cursor }, { retry: true });
/** Following is idempotent, so a retry after a lost answer is safe. */
export const followProject = (id: string, follow: boolean) => call('public', 'followProject', { id, follow }, { retry: true });
export const fetchTownships = () => call('public', 'listTownships', {}, { retry: true });
