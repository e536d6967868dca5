import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import type { NoticeListItem } from '#types/api/notice-views';
import { NOTICE_KIND_LABELS, NOTICE_TOPICS, type NoticeTopic } from '#types/models/notice';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchNotices } from '../api/notices-api';
import { NoticeCard } from './notice-card';

export const openSettings = (): void => void Taro.navigateTo({ url: '/more/notice-settings/index' });

/** 通知中心: every published notice, newest first; works with or without WeChat reminders. */
export function NoticeCentre() {
  const [kind, setKind] = useState<NoticeTopic | undefined>(undefined);
  const list = usePagedList<NoticeListItem>((cursor) => fetchNotices(kind, cursor), kind ?? 'all');
  return (
    <View className="list">
      <Button className="btn" onClick={openSettings}>
        通知设置：选择想收到的通知
      </Button>
      <ChoiceChips options={NOTICE_TOPICS} labels={NOTICE_KIND_LABELS} value={kind} onChange={setKind} all="全部" />
      <PagedListView list={list} empty="暂时没有通知" render={(n) => <NoticeCard key={n.id} item={n} />} />
    </View>
  );
}
