import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ProjectListItem } from '#types/api/project-views';
import { PROJECT_STATUS_LABELS, PROJECT_TYPE_LABELS } from '#types/models/project';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatDate } from '@/lib/format-date';

export function ProjectCard({ project }: { project: ProjectListItem }) {
  return (
    <View className="card card--link" role="link" onClick={() => void Taro.navigateTo({ url: `/pages/project/index?id=${project.id}` })}>
      <View className="card__meta">
        <Text className={`chip chip--${project.status}`}>
          {PROJECT_TYPE_LABELS[project.type]} · {PROJECT_STATUS_LABELS[project.status]}
        </Text>
        <Text className="card__date">{project.township}</Text>
      </View>
      <Text className="card__title">{project.name}</Text>
      <ProgressBar percent={project.percent} label={`${project.name}进度`} />
      <Text className="row__hint">{project.plannedEndAt ? `计划${formatDate(project.plannedEndAt)}完工` : '完工日期待定'}</Text>
      <Text className={project.stale ? 'card__date stale' : 'card__date'}>
        更新于{formatDate(project.lastUpdateAt)}
        {project.stale ? ' · 超过30天未更新' : ''}
      </Text>
    </View>
  );
}
