import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { ProjectListItem } from '#types/api/project-views';
import { PROJECT_STATUSES, PROJECT_STATUS_LABELS, PROJECT_TYPES, PROJECT_TYPE_LABELS, type ProjectStatus, type ProjectType } from '#types/models/project';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchProjects, fetchTownships } from '../api/projects-api';
import { ProjectCard } from './project-card';

const SORTS = ['updated', 'progress'] as const;
const SORT_LABELS = { updated: '最近更新', progress: '按进度' };

/** Projects by type and status, recently updated first or by progress. */
export function ProjectList() {
  const [type, setType] = useState<ProjectType | undefined>();
  const [status, setStatus] = useState<ProjectStatus | undefined>();
  const [sort, setSort] = useState<(typeof SORTS)[number]>('updated');
  const [township, setTownship] = useState<string | undefined>();
  const [townships, setTownships] = useState<string[]>([]);
  useEffect(() => {
    void fetchTownships().then((res) => res.ok && setTownships(res.data.items.map((t) => t.township)));
  }, []);
  const filters = { ...(type ? { type } : {}), ...(status ? { status } : {}), ...(township ? { township } : {}), sort };
  const list = usePagedList<ProjectListItem>((cursor) => fetchProjects(filters, cursor), JSON.stringify(filters));
  return (
    <View>
      <ChoiceChips options={PROJECT_TYPES} labels={PROJECT_TYPE_LABELS} value={type} onChange={setType} all="全部类型" />
      <ChoiceChips options={PROJECT_STATUSES} labels={PROJECT_STATUS_LABELS} value={status} onChange={setStatus} all="全部状态" />
      {townships.length > 1 && (
        <ChoiceChips options={townships} labels={Object.fromEntries(townships.map((t) => [t, t]))} value={township} onChange={setTownship} all="全部乡镇" wrap />
      )}
      <ChoiceChips options={SORTS} labels={SORT_LABELS} value={sort} onChange={(s) => setSort(s ?? 'updated')} />
      <PagedListView list={list} empty="没有符合条件的项目" render={(p) => <ProjectCard key={p.id} project={p} />} />
    </View>
  );
}
