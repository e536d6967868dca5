import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { StaffRegistration } from '#types/api/meetings';
import { PagedListView } from '@/components/ui/paged-list-view';
import { StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchRegistrations, markAttendance } from '../api/meetings-api';

const attendance = (r: StaffRegistration): string => (r.status === 'cancelled' ? '已取消报名' : r.attended === null ? '未登记' : r.attended ? '到会' : '未到会');

/** Who registered (names and phones masked), with 到会 / 未到会 once the meeting has begun. */
export function RegistrationList({ meetingId, started }: { meetingId: string; started: boolean }) {
  const list = usePagedList<StaffRegistration>((cursor) => fetchRegistrations(meetingId, cursor), meetingId);
  const [status, setStatus] = useState<string | null>(null);
  const mark = (id: string, attended: boolean): void =>
    void markAttendance(id, attended).then((res) => {
      setStatus(res.ok ? '已登记' : messageFor(res));
      list.reload();
    });
  return (
    <View className="list" aria-label="报名名单">
      <StatusLine text={status} />
      <PagedListView
        list={list}
        empty="还没有人报名"
        inSection
        render={(r) => (
          <View key={r.id} className="field">
            <Text className="card__summary">
              {r.name || '（未留姓名）'} {r.phone || ''} · {attendance(r)}
            </Text>
            {started && r.status === 'registered' && (
              <View className="chips">
                <Button className={r.attended === true ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={r.attended === true} onClick={() => mark(r.id, true)}>
                  到会
                </Button>
                <Button className={r.attended === false ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={r.attended === false} onClick={() => mark(r.id, false)}>
                  未到会
                </Button>
              </View>
            )}
          </View>
        )}
      />
    </View>
  );
}
