import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { StaffMeetingView } from '#types/api/meetings';
import { EmptyState, ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchConsultation } from '@/features/consultations/api/consultations-api';
import { fetchStaffMeetings } from '../api/meetings-api';
import { MeetingForm } from './meeting-form';
import { StaffMeetingPanel } from './staff-meeting-panel';

/** Staff: a consultation's offline meetings — arrange one, and run each (list, attendance, 会上意见, minutes). */
export function StaffMeetings({ consultationId, now = new Date() }: { consultationId: string; now?: Date }) {
  const [sections, setSections] = useState<string[]>([]);
  const [meetings, setMeetings] = useState<StaffMeetingView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const load = (): void => {
    setError(null);
    void fetchStaffMeetings(consultationId).then((res) => (res.ok ? setMeetings(res.data.items) : setError(messageFor(res))));
  };
  useEffect(load, [consultationId]);
  useEffect(() => {
    void fetchConsultation(consultationId).then((res) => res.ok && setSections(res.data.sections.map((x) => x.heading)));
  }, [consultationId]);
  const changed = (message: string): void => {
    setStatus(message);
    setAdding(false);
    load();
  };
  return (
    <View className="section" aria-label="线下意见征集会">
      <Text className="section__title">线下意见征集会</Text>
      <StatusLine text={status} />
      {error ? (
        <ErrorState message={error} onRetry={load} />
      ) : !meetings ? (
        <LoadingState />
      ) : meetings.length === 0 ? (
        <EmptyState text="还没有安排意见征集会" />
      ) : (
        meetings.map((m) => <StaffMeetingPanel key={m.id} meeting={m} sections={sections} now={now} onChanged={changed} />)
      )}
      <Button className="btn" aria-expanded={adding} onClick={() => setAdding(!adding)}>
        {adding ? '收起' : '安排一场意见征集会'}
      </Button>
      {adding && <MeetingForm consultationId={consultationId} onSaved={changed} />}
    </View>
  );
}
