import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DutyRowView } from '#types/api/freshness';
import { DUTY_KIND_LABELS } from '#types/models/freshness';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { messageFor } from '@/lib/cloud';
import { setContentOwner } from '../api/freshness-api';

const beijingDay = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

/** One duty: what, by when, whose; a tap opens where to act; admins may give it to someone else. */
export function DutyRowCard({ row, staff }: { row: DutyRowView; staff: { openid: string; name: string }[] }) {
  const [picking, setPicking] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const give = (owner: string): void => {
    void setContentOwner(row.kind, row.itemId, owner).then((res) => {
      setPicking(false);
      setNote(res.ok ? '已改派，下次检查（15 分钟内）更新' : messageFor(res));
    });
  };
  const late = row.state === 'overdue';
  return (
    <View className="card">
      <Text className="card__meta">{DUTY_KIND_LABELS[row.kind]}</Text>
      <Text className="card__title">{row.title}</Text>
      <Text className="card__summary">{row.duty}</Text>
      <Text className={late ? 'row__hint stale' : 'row__hint'}>
        {late ? `已超期 ${row.overdueDays} 个工作日（期限 ${beijingDay(row.dueAt)}）` : `${beijingDay(row.dueAt)} 到期`}
      </Text>
      <Button className="btn btn--small" onClick={() => void Taro.navigateTo({ url: row.page })}>
        去处理
      </Button>
      {staff.length > 0 && row.kind !== 'case' && (
        <Button className="btn btn--small" onClick={() => setPicking(!picking)}>
          改派负责人
        </Button>
      )}
      {picking && (
        <ChoiceChips options={staff.map((s) => s.openid)} labels={Object.fromEntries(staff.map((s) => [s.openid, s.name]))} value={row.owner ?? undefined} onChange={(owner) => owner && give(owner)} wrap />
      )}
      {note && <Text className="row__hint">{note}</Text>}
    </View>
  );
}
