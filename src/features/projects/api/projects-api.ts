import type { ProjectStatus, ProjectType } from '#types/models/project';
import { call } from '@/lib/cloud';

export interface ProjectFilters {
  type?: ProjectType;
  status?: ProjectStatus;
  sort: 'updated' | 'progress';
}

export const fetchProjects = (filters: ProjectFilters, cursor?: string) => call('public', 'listProjects', { ...filters, ...(cursor ? { cursor } : {}) }, { retry: true });
export const fetchProject = (id: string) => call('public', 'getProject', { id }, { retry: true });
