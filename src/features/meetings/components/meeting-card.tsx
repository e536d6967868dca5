import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { MeetingView, MyRegistration } from '#types/api/meetings';
import { dialDigits } from '#types/api/phone-number';
import { StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { cancelRegistration } from '../api/meetings-api';
import { meetingTime } from '../meeting-time';
import { RegisterForm } from './register-form';

interface Props {
  meeting: MeetingView;
  mine: MyRegistration | null;
  signedIn: boolean;
  now: Date;
  onChanged(message: string): void;
}

/** One meeting: when, where, seats left, how to register, the caller's registration, and the minutes. */
export function MeetingCard({ meeting: m, mine, signedIn, now, onChanged }: Props) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const registered = mine?.status === 'registered';
  const upcoming = m.status === 'scheduled' && new Date(m.startsAt) > now;
  const cancel = (): void =>
    void cancelRegistration(m.id).then((res) => (res.ok ? onChanged('已取消报名，名额已让出') : setStatus(messageFor(res))));
  return (
    <View className="card" aria-label={`意见征集会 ${meetingTime(m.startsAt)}`}>
      {m.status === 'cancelled' && <Text className="chip">已取消</Text>}
      <Text className="section__title">{meetingTime(m.startsAt)}</Text>
      <Text className="card__summary">地点：{m.township && !m.place.includes(m.township) ? `${m.township} ` : ''}{m.place}</Text>
      {m.status === 'cancelled' ? (
        <Text className="row__hint stale">取消原因：{m.cancelReason}</Text>
      ) : (
        <Text className="row__hint">名额 {m.capacity} 人，{m.seatsLeft > 0 ? `还剩 ${m.seatsLeft} 个` : '名额已满'}</Text>
      )}
      {registered && (
        <Text className="reply">
          你已报名{mine.reminder ? '，开会前一天微信会提醒你' : ''}
        </Text>
      )}
      {upcoming && m.registration === 'phone' && (
        <Button className="btn" onClick={() => void Taro.makePhoneCall({ phoneNumber: dialDigits(m.phone) })}>
          电话报名：{m.phone}
        </Button>
      )}
      {upcoming && m.registration === 'app' && registered && (
        <Button className="btn btn--small" onClick={cancel}>
          取消报名
        </Button>
      )}
      {upcoming && m.registration === 'app' && !registered && m.seatsLeft > 0 && (
        signedIn ? (
          <Button className="btn btn--small btn--primary" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? '收起' : '我要报名'}
          </Button>
        ) : (
          <Text className="row__hint">在微信里打开才能报名</Text>
        )
      )}
      {open && !registered && upcoming && <RegisterForm meetingId={m.id} onDone={(r) => { setOpen(false); onChanged(r.reminder ? '报名成功，开会前一天微信会提醒你' : '报名成功'); }} />}
      {m.phone && m.registration === 'app' && <Text className="row__hint">咨询电话：{m.phone}</Text>}
      {m.minutes && (
        <View className="section" aria-label="会议纪要">
          <Text className="section__title">会议纪要</Text>
          {m.minutes.split('\n').filter((line) => line.trim()).map((line, i) => (
            <Text key={i} className="card__summary">{line}</Text>
          ))}
        </View>
      )}
      <StatusLine text={status} />
    </View>
  );
}
