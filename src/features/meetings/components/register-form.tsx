import { Button, Input, Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { MyRegistration } from '#types/api/meetings';
import { StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { newRequestId } from '@/lib/new-request-id';
import { canSubscribe, useOneTimeReminder } from '@/lib/subscribe';
import { registerMeeting } from '../api/meetings-api';

/**
 * 报名: name and phone are optional (only the organiser sees them, masked). In WeChat the same tap first
 * asks whether to be reminded the day before (出行和公告提醒); the answer is saved before registering,
 * so the reminder is scheduled with the registration.
 */
export function RegisterForm({ meetingId, onDone }: { meetingId: string; onDone(r: MyRegistration): void }) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId('mt'));
  const reminder = useOneTimeReminder('notice');
  const send = async (): Promise<void> => {
    // The dialog must open straight from the tap, before any network call.
    const answers = await reminder.ask();
    setBusy(true);
    await reminder.record(answers);
    const res = await registerMeeting(meetingId, requestId.current, name.trim(), phone.trim());
    setBusy(false);
    if (!res.ok) return setStatus(messageFor(res));
    requestId.current = newRequestId('mt');
    onDone(res.data);
  };
  return (
    <View className="field" aria-label="报名">
      <Text className="row__hint">姓名和电话可不填，只给组织者联系用</Text>
      {canSubscribe() && <Text className="row__hint">微信会问是否接收“出行和公告提醒”：同意后开会前一天提醒你，也会按通知设置推送通知</Text>}
      <Input className="input" value={name} maxlength={20} placeholder="姓名（可不填）" onInput={(e) => setName(e.detail.value)} />
      <Input className="input" type="number" value={phone} maxlength={20} placeholder="联系电话（可不填）" onInput={(e) => setPhone(e.detail.value)} />
      <Button className="btn btn--primary" disabled={busy} loading={busy} onClick={() => void send()}>
        确认报名
      </Button>
      <StatusLine text={status} />
    </View>
  );
}
