import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ConsultationListItem, ConsultationState } from '#types/api/consultation-views';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchConsultations } from '../api/consultations-api';

export const STATE_LABELS: Record<ConsultationState, string> = { upcoming: '即将开始', open: '正在征求意见', closed: '已截止' };

/** 意见征集: drafts open for comment first, then closed ones and their outcomes. */
export function ConsultationList() {
  const list = usePagedList<ConsultationListItem>(fetchConsultations, 'consultations');
  return (
    <PagedListView
      list={list}
      empty="暂时没有意见征集"
      render={(c) => (
        <View key={c.id} className="card" role="link" onClick={() => void Taro.navigateTo({ url: `/more/consultation/index?id=${c.id}` })}>
          <View className="card__meta">
            <Text className={`chip chip--${c.state === 'open' ? 'ok' : 'none'}`}>{c.hasOutcome ? '已公布采纳情况' : STATE_LABELS[c.state]}</Text>
            <Text className="card__date">
              {c.opensAt} 至 {c.closesAt}
            </Text>
          </View>
          <Text className="card__title">{c.title}</Text>
          <Text className="card__summary">{c.summary}</Text>
          <Text className="row__hint">已收到 {c.commentCount} 条公开意见</Text>
        </View>
      )}
    />
  );
}
