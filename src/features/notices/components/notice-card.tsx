import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { NoticeListItem } from '#types/api/notice-views';
import { NOTICE_KIND_LABELS } from '#types/models/notice';
import { formatDate } from '@/lib/format-date';

export function noticeDates(n: Pick<NoticeListItem, 'validFrom' | 'validTo'>): string {
  return n.validTo ? `${n.validFrom} 至 ${n.validTo}` : `${n.validFrom} 起`;
}

/** A notice in the centre: unread ones carry a mark a screen reader also announces, gone once opened
 * (the centre stays as it was under the notice, so coming back must not show it unread). */
export function NoticeCard({ item }: { item: NoticeListItem }) {
  const [opened, setOpened] = useState(false);
  const read = item.read || opened;
  const open = (): void => {
    setOpened(true);
    void Taro.navigateTo({ url: `/pages/notice/index?id=${item.id}` });
  };
  return (
    <View className="card" role="link" onClick={open}>
      <View className="card__meta">
        <Text className={`chip chip--notice-${item.kind}`}>{NOTICE_KIND_LABELS[item.kind]}</Text>
        {!read && <Text className="unread">未读</Text>}
        <Text className="card__date">{formatDate(item.publishedAt)}</Text>
      </View>
      <Text className="card__title">{item.title}</Text>
      <Text className="row__hint">
        {item.area} · {noticeDates(item)}
      </Text>
    </View>
  );
}
