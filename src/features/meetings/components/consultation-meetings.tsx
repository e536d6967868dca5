import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { MeetingView, MyRegistration } from '#types/api/meetings';
import { ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchMeetings, fetchMyRegistrations } from '../api/meetings-api';
import { MeetingCard } from './meeting-card';

/** 线下意见征集会 on a consultation's page: each meeting with seats left, the caller's registration
 * (我的报名) and, after the outcome is published, the minutes. Nothing shown when there are none. */
export function ConsultationMeetings({ consultationId, signedIn, now = new Date() }: { consultationId: string; signedIn: boolean; now?: Date }) {
  const [meetings, setMeetings] = useState<MeetingView[] | null>(null);
  const [mine, setMine] = useState<MyRegistration[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = (): void => {
    setError(null);
    void fetchMeetings(consultationId).then((res) => (res.ok ? setMeetings(res.data.items) : setError(messageFor(res))));
    if (signedIn) void fetchMyRegistrations(consultationId).then((res) => res.ok && setMine(res.data.items));
  };
  useEffect(load, [consultationId, signedIn]);
  if (error) return <ErrorState message={`意见征集会加载失败：${error}`} onRetry={load} />;
  if (!meetings) return <LoadingState text="正在加载意见征集会…" />;
  if (!meetings.length) return null;
  const changed = (message: string): void => {
    setNotice(message);
    load();
  };
  return (
    <View className="section" aria-label="线下意见征集会">
      <Text className="section__title">线下意见征集会</Text>
      <Text className="row__hint">会上提的意见和网上的一样，逐条记录处理结果并公布</Text>
      <StatusLine text={notice} />
      {meetings.map((m) => (
        <MeetingCard key={m.id} meeting={m} mine={mine.find((r) => r.meetingId === m.id) ?? null} signedIn={signedIn} now={now} onChanged={changed} />
      ))}
    </View>
  );
}
