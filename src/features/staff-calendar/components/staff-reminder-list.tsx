import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { StaffReminder } from '#types/api/holiday-calendar';
import { fetchStaffReminders } from '../api/calendar-api';

/** What staff should see to before it is late; nothing at all when there is nothing. */
export function StaffReminderList() {
  const [items, setItems] = useState<StaffReminder[]>([]);
  useEffect(() => {
    void fetchStaffReminders().then((res) => res.ok && setItems(res.data.items));
  }, []);
  if (!items.length) return null;
  return (
    <View className="section" role="region" aria-label="工作提醒">
      <Text className="section__title">工作提醒</Text>
      {items.map((r) => (
        <View key={r.key} className={r.level === 'urgent' ? 'banner' : 'card card--link'} onClick={() => void Taro.navigateTo({ url: r.page })}>
          <Text className="card__summary">{r.text}</Text>
        </View>
      ))}
    </View>
  );
}
