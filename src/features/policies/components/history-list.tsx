import { Text, View } from '@tarojs/components';
import type { HistoryItem, PolicyView } from '#types/api/policy-views';
import { PagedListView } from '@/components/ui/paged-list-view';
import { formatDate } from '@/lib/format-date';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchHistory } from '../api/policies-api';

/** 更新记录: every published change, newest first. */
export function HistoryList({ policy }: { policy: PolicyView }) {
  const list = usePagedList<HistoryItem>((cursor) => (cursor ? fetchHistory(policy.id, cursor) : Promise.resolve({ ok: true as const, data: policy.history })), `${policy.id}:${policy.version}`);
  return (
    <View className="section">
      <Text className="section__title">更新记录</Text>
      <PagedListView
        list={list}
        empty="暂无更新记录"
        render={(h) => (
          <Text key={h.version} className="row__hint">
            {formatDate(h.at)} · 第{h.version}版 · {h.note}
          </Text>
        )}
      />
    </View>
  );
}
