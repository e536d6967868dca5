import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { InspectionView, ProjectUpdateView, ProjectView } from '#types/api/project-views';
import { INSPECTION_RESULT_LABELS } from '#types/models/project';
import { PagedListView } from '@/components/ui/paged-list-view';
import { readableUrls, StoredImage } from '@/components/ui/stored-file';
import { formatDate } from '@/lib/format-date';
import { usePagedListFrom } from '@/lib/use-paged-list';
import { fetchInspections, fetchUpdates } from '../api/projects-api';

/** Progress updates with photos, newest first; the first page came with the project. */
export function UpdatesSection({ project }: { project: ProjectView }) {
  const list = usePagedListFrom<ProjectUpdateView>(project.updates, (cursor) => fetchUpdates(project.id, cursor), `${project.id}:${project.lastUpdateAt}`);
  return (
    <View className="section">
      <Text className="section__title">进展动态</Text>
      <PagedListView
        list={list}
        empty="还没有发布进展"
        inSection
        render={(u) => (
          <View key={u.id} className="disclosure">
            <Text className="card__date">{formatDate(u.publishedAt)}</Text>
            <Text className="card__summary">{u.text}</Text>
            {u.reason && <Text className="row__hint">进度调整原因：{u.reason}</Text>}
            {u.photos.length > 0 && (
              <View className="photos">
                {u.photos.map((url, i) => (
                  <StoredImage key={i} url={url} className="photos__item" mode="aspectFill" label="现场照片" onOpen={(current) => void Taro.previewImage({ current, urls: readableUrls(u.photos) })} />
                ))}
              </View>
            )}
          </View>
        )}
      />
    </View>
  );
}

/** Quality and safety supervision: date, inspector, result, problems and their rectification. */
export function InspectionsSection({ project }: { project: ProjectView }) {
  const list = usePagedListFrom<InspectionView>(project.inspections, (cursor) => fetchInspections(project.id, cursor), `${project.id}:${project.lastUpdateAt}`);
  return (
    <View className="section">
      <Text className="section__title">质量安全检查</Text>
      <PagedListView
        list={list}
        empty="暂无检查记录"
        inSection
        render={(i) => (
          <View key={i.id} className="disclosure">
            <View className="card__meta">
              <Text className="disclosure__name">{formatDate(i.checkedAt)}</Text>
              <Text className={`chip chip--${i.result}`}>{INSPECTION_RESULT_LABELS[i.result]}</Text>
            </View>
            <Text className="row__hint">检查单位：{i.inspector}</Text>
            {i.problems.length > 0 && <Text className="row__hint">发现问题：{i.problems.join('；')}</Text>}
            {i.rectification && (
              <Text className="row__hint">
                整改：{i.rectification}
                {i.rectifiedAt ? `（${formatDate(i.rectifiedAt)}完成）` : ''}
              </Text>
            )}
          </View>
        )}
      />
    </View>
  );
}
