import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { StaffMeetingView } from '#types/api/meetings';
import { REGISTRATION_MODE_LABELS } from '#types/models/meeting';
import { messageFor } from '@/lib/cloud';
import { cancelMeeting } from '../api/meetings-api';
import { meetingTime } from '../meeting-time';
import { MeetingForm } from './meeting-form';
import { MeetingRecord } from './meeting-record';
import { RegistrationList } from './registration-list';

type Part = 'edit' | 'cancel' | 'people' | 'record' | null;

/** One meeting for staff: change or cancel it before it begins; the list, attendance, opinions and minutes. */
export function StaffMeetingPanel({ meeting: m, sections, now, onChanged }: { meeting: StaffMeetingView; sections: string[]; now: Date; onChanged(message: string): void }) {
  const [part, setPart] = useState<Part>(null);
  const [reason, setReason] = useState('');
  const started = new Date(m.startsAt) <= now;
  const live = m.status === 'scheduled';
  const toggle = (p: Part): void => setPart(part === p ? null : p);
  const tab = (p: Exclude<Part, null>, label: string) => (
    <Button key={p} className={part === p ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-expanded={part === p} onClick={() => toggle(p)}>
      {label}
    </Button>
  );
  return (
    <View className="card">
      <Text className="chip">{live ? (started ? '已开始' : '未开始') : '已取消'}</Text>
      <Text className="section__title">{meetingTime(m.startsAt)}</Text>
      <Text className="card__summary">{m.township ? `${m.township} · ` : ''}{m.place}</Text>
      <Text className="row__hint">
        {REGISTRATION_MODE_LABELS[m.registration]}{m.phone ? `（${m.phone}）` : ''} · 已报名 {m.registered} / {m.capacity}
        {m.minutes ? ' · 已写纪要' : ''}
      </Text>
      {m.cancelReason && <Text className="row__hint stale">取消原因：{m.cancelReason}</Text>}
      <View className="chips">
        {live && !started && tab('edit', '修改')}
        {live && !started && tab('cancel', '取消会议')}
        {tab('people', '报名名单')}
        {live && started && tab('record', '会上意见和纪要')}
      </View>
      {part === 'edit' && <MeetingForm consultationId={m.consultationId} initial={m} onSaved={onChanged} />}
      {part === 'cancel' && (
        <View className="field">
          <Input className="input" value={reason} maxlength={100} placeholder="取消原因（报名的人会看到）" onInput={(e) => setReason(e.detail.value)} />
          <Button className="btn btn--small" onClick={() => void cancelMeeting(m.id, reason.trim()).then((res) => onChanged(res.ok ? '已取消这场会，报名的人不会再收到提醒' : messageFor(res)))}>
            确认取消
          </Button>
        </View>
      )}
      {part === 'people' && <RegistrationList meetingId={m.id} started={started && live} />}
      {part === 'record' && <MeetingRecord meetingId={m.id} sections={sections} minutes={m.minutes ?? ''} onSaved={onChanged} />}
    </View>
  );
}
