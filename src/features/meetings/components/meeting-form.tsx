import { Button, Input, Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { StaffMeetingView } from '#types/api/meetings';
import { REGISTRATION_MODE_LABELS, REGISTRATION_MODES, type RegistrationMode } from '#types/models/meeting';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { newRequestId } from '@/lib/new-request-id';
import { saveMeeting } from '../api/meetings-api';
import { beijingInput } from '../meeting-time';

/** Arrange a meeting (or change one): time in Beijing, place, township, seats, how to register. */
export function MeetingForm({ consultationId, initial, onSaved }: { consultationId: string; initial?: StaffMeetingView; onSaved(message: string): void }) {
  const meetingId = useRef(initial?.id ?? newRequestId('mtg'));
  const [startsAt, setStartsAt] = useState(initial ? beijingInput(initial.startsAt) : '');
  const [place, setPlace] = useState(initial?.place ?? '');
  const [township, setTownship] = useState(initial?.township ?? '');
  const [capacity, setCapacity] = useState(String(initial?.capacity ?? 30));
  const [registration, setRegistration] = useState<RegistrationMode>(initial?.registration ?? 'app');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const save = (): void => {
    const time = startsAt.trim().replace(' ', 'T');
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(time)) return setStatus('开会时间请写成 2026-06-20 14:30 这样');
    void saveMeeting({ meetingId: meetingId.current, consultationId, startsAt: time, place: place.trim(), township: township.trim() || null, capacity: Number(capacity), registration, phone: phone.trim() }).then((res) =>
      res.ok ? onSaved(initial ? '已修改' : '已安排，市民在意见征集页就能看到') : setStatus(messageFor(res)),
    );
  };
  return (
    <View className="field" aria-label={initial ? '修改意见征集会' : '安排意见征集会'}>
      <Text className="row__hint">开会时间（北京时间）</Text>
      <Input className="input" value={startsAt} placeholder="2026-06-20 14:30" onInput={(e) => setStartsAt(e.detail.value)} />
      <Input className="input" value={place} maxlength={60} placeholder="地点，如：石门乡政府二楼会议室" onInput={(e) => setPlace(e.detail.value)} />
      <Input className="input" value={township} maxlength={12} placeholder="所在乡镇（可不填）" onInput={(e) => setTownship(e.detail.value)} />
      <Input className="input" type="number" value={capacity} placeholder="名额" onInput={(e) => setCapacity(e.detail.value)} />
      <ChoiceChips options={REGISTRATION_MODES} labels={REGISTRATION_MODE_LABELS} value={registration} onChange={(v) => v && setRegistration(v)} />
      <Input className="input" value={phone} maxlength={20} placeholder={registration === 'phone' ? '报名电话（必填）' : '咨询电话（可不填）'} onInput={(e) => setPhone(e.detail.value)} />
      <Button className="btn btn--primary" onClick={save}>
        {initial ? '保存修改' : '安排这场会'}
      </Button>
      <StatusLine text={status} />
    </View>
  );
}
