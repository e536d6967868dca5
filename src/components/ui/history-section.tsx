import { Text, View } from '@tarojs/components';
import type { HistoryItem } from '#types/api/policy-views';
import { formatDate } from '@/lib/format-date';
import type { PagedList } from '@/lib/use-paged-list';
import { PagedListView } from './paged-list-view';

/** 更新记录: every published change, newest first. */
export function HistorySection({ list }: { list: PagedList<HistoryItem> }) {
  return (
    <View className="section">
      <Text className="section__title">更新记录</Text>
      <PagedListView
        list={list}
        empty="暂无更新记录"
        inSection
        render={(h) => (
          <Text key={h.version} className="row__hint">
            {formatDate(h.at)} · 第{h.version}版 · {h.note}
          </Text>
        )}
      />
    </View>
  );
}
