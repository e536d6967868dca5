import { Text, View } from '@tarojs/components';
import type { CommentView } from '#types/api/consultation-views';
import { COMMENT_STATUS_LABELS, OUTCOME_LABELS } from '#types/models/consultation';
import { PagedListView } from '@/components/ui/paged-list-view';
import { formatDate } from '@/lib/format-date';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchMyComments } from '../api/consultations-api';

/** 我的意见: what the person said in consultations, and what became of it. */
export function MyComments() {
  const list = usePagedList<CommentView>(fetchMyComments, 'mine');
  return (
    <PagedListView
      list={list}
      empty="还没有提过意见"
      render={(c) => (
        <View key={c.id} className="card">
          <View className="card__meta">
            <Text className="chip">{c.status ? COMMENT_STATUS_LABELS[c.status] : ''}</Text>
            <Text className="card__date">{formatDate(c.createdAt)}</Text>
          </View>
          {c.consultationTitle && <Text className="row__hint">关于：{c.consultationTitle}</Text>}
          <Text className="card__summary">{c.text}</Text>
          {c.hiddenReason && <Text className="row__hint stale">未公开的原因：{c.hiddenReason}</Text>}
          {c.outcome ? (
            <Text className="reply">
              处理结果：{OUTCOME_LABELS[c.outcome.decision]}。{c.outcome.reason}
            </Text>
          ) : (
            <Text className="row__hint">意见征集结束后会告诉你是否采纳</Text>
          )}
        </View>
      )}
    />
  );
}
