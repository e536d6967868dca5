import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MyRegistration } from '#types/api/meetings';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchMyRegistrations } from '../api/meetings-api';
import { meetingTime } from '../meeting-time';

const stateOf = (r: MyRegistration): string => (r.meetingStatus === 'cancelled' ? '会议已取消' : r.status === 'registered' ? '已报名' : '已取消报名');

/** 我的报名: the person's meeting registrations, each opening its consultation. */
export function MyRegistrations() {
  const list = usePagedList<MyRegistration>((cursor) => fetchMyRegistrations(undefined, cursor), 'my-registrations');
  return (
    <PagedListView
      list={list}
      empty="还没有报名过意见征集会"
      render={(r) => (
        <View key={r.id} className="card" role="link" onClick={() => void Taro.navigateTo({ url: `/more/consultation/index?id=${r.consultationId}` })}>
          <View className="card__meta">
            <Text className="chip">{stateOf(r)}</Text>
          </View>
          {r.consultationTitle && <Text className="row__hint">关于：{r.consultationTitle}</Text>}
          <Text className="card__summary">{r.startsAt ? meetingTime(r.startsAt) : ''} {r.place ?? ''}</Text>
          {r.status === 'registered' && r.reminder && <Text className="row__hint">开会前一天微信会提醒你</Text>}
        </View>
      )}
    />
  );
}
