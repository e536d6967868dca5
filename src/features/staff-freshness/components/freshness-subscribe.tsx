import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { canSubscribe, useOneTimeReminder } from '@/lib/subscribe';

/** In WeChat: let a staff member allow the reminder message (the 出行和公告提醒 template) for their duties. */
export function FreshnessSubscribe() {
  const reminder = useOneTimeReminder('notice');
  const [note, setNote] = useState<string | null>(null);
  if (!canSubscribe()) return null;
  const ask = (): void => {
    // The dialog must open straight from the tap: ask first, record after.
    void reminder.ask().then(async (answers) => {
      await reminder.record(answers);
      setNote(answers?.some((a) => a.result === 'accept') ? '已开启：负责的内容将到期、已超期时，微信各提醒一次' : '没有开启微信提醒，可随时再点');
    });
  };
  return (
    <View className="row">
      <Button className="btn btn--small" onClick={ask}>
        微信提醒我（将到期和超期时）
      </Button>
      {note && <Text className="row__hint">{note}</Text>}
    </View>
  );
}
