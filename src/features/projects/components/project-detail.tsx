import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import type { ProjectView } from '#types/api/project-views';
import { PROJECT_STATUS_LABELS, PROJECT_TYPE_LABELS } from '#types/models/project';
import { AskLink } from '@/components/ui/ask-link';
import { HistorySection } from '@/components/ui/history-section';
import { ProgressBar } from '@/components/ui/progress-bar';
import { SavedCopyNote } from '@/components/ui/saved-copy-note';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { useSavedPage } from '@/lib/use-saved-page';
import { formatDate } from '@/lib/format-date';
import { useHistory } from '@/lib/use-history';
import { fetchProject } from '../api/projects-api';
import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
import { InspectionsSection, UpdatesSection } from './activity-sections';
import { DisclosureMeter } from './disclosure-meter';
import { FollowButton } from './follow-button';
import { InvestmentChart } from './investment-chart';

function Facts({ p }: { p: ProjectView }) {
  const rows: [string, string][] = [
    ['位置', `${p.township} ${p.location}`],
    ['建设单位', p.owner],
    ['施工单位', p.builder],
    ['监理单位', p.supervisor],
    ['开工', p.startAt ? formatDate(p.startAt) : '未开工'],
    ['计划完工', p.plannedEndAt ? formatDate(p.plannedEndAt) : '待定'],
  ];
  return (
    <View className="section">
      {rows
        .filter(([, value]) => value.trim())
        .map(([label, value]) => (
          <Text key={label} className="row__hint">
            {label}：{value}
          </Text>
        ))}
    </View>
  );
}

function Milestones({ p }: { p: ProjectView }) {
  if (p.milestones.length === 0) return null;
  return (
    <View className="section">
      <Text className="section__title">进度节点</Text>
      {p.milestones.map((m) => (
        <View key={m.name} className={m.late ? 'milestone milestone--late' : 'milestone'}>
          <Text className="disclosure__name">
            {m.name}（占{m.weight}%）{m.late ? ' · 滞后' : ''}
          </Text>
          <ProgressBar percent={m.percent} label={`${m.name}进度`} />
          <Text className="row__hint">
            计划{formatDate(m.plannedAt)}
            {m.actualAt ? ` · 实际${formatDate(m.actualAt)}` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}

function ProjectHistory({ p }: { p: ProjectView }) {
  return <HistorySection list={useHistory('project', p.id, p.version, p.history)} />;
}

function StaffActions({ id }: { id: string }) {
  const go = (kind: string): void => void Taro.navigateTo({ url: `/staff/edit/index?kind=${kind}&projectId=${id}` });
  return (
    <View className="choices">
      <Button className="btn btn--small" onClick={() => go('projectUpdate')}>
        发布进展
      </Button>
      <Button className="btn btn--small" onClick={() => go('inspection')}>
        录入检查
      </Button>
    </View>
  );
}

/** A project page: status, progress rolled up from its milestones, money, milestones, disclosure. */
export function ProjectDetail({ id, isStaff }: { id: string; isStaff: boolean }) {
  const page = useSavedPage(`project:${id}`, useCallback(() => fetchProject(id), [id]));
  const project = page.data;
  if (page.error) return <ErrorState message={page.error} onRetry={page.reload} />;
  if (!project) return <LoadingState />;
  return (
    <View className="list">
      <SavedCopyNote savedAt={page.savedAt} onReload={page.reload} />
      {project.lifecycle === 'withdrawn' && (
        <View className="banner" role="alert">
          <Text>此项目信息已撤回：{project.lifecycleNote ?? ''}</Text>
        </View>
      )}
      <View className="hero">
        <Text className="hero__title">{project.name}</Text>
        <Text className="hero__hint">
          {PROJECT_TYPE_LABELS[project.type]} · {PROJECT_STATUS_LABELS[project.status]} · 更新于{formatDate(project.lastUpdateAt)}
          {project.stale ? '（超过30天未更新）' : ''}
        </Text>
      </View>
      <ProgressBar percent={project.percent} label="总体进度" />
      <Text className="card__summary">{project.summary}</Text>
      <FollowButton projectId={project.id} initial={project.following} />
      {isStaff && <StaffActions id={project.id} />}
      <Facts p={project} />
      <InvestmentChart years={project.investment} />
      <Milestones p={project} />
      <UpdatesSection project={project} />
      <InspectionsSection project={project} />
      <DisclosureMeter categories={project.disclosure} provisional={project.provisionalDates} />
      <AskLink kind="project" id={project.id} title={project.name} label="对这个项目有疑问或建议？" />
      <ProjectHistory p={project} />
    </View>
  );
}
