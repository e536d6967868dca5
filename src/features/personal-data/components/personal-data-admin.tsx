import { Button, Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { PersonalViewRecord } from '#types/api/personal-data';
import { RETENTION_BOUNDS, RETENTION_KINDS, RETENTION_LABELS, type RetentionDays, type RetentionKind } from '#types/models/retention';
import { PERSONAL_FIELD_LABELS } from '#types/text/mask-detail';
import { PagedListView } from '@/components/ui/paged-list-view';
import { StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { formatDate } from '@/lib/format-date';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchPersonalViews, fetchRetention, saveRetention } from '../api/personal-data-api';

/** The time of day in Beijing, 'HH:mm'. */
const clock = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);

function RetentionForm() {
  const [days, setDays] = useState<Record<RetentionKind, string> | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void fetchRetention().then((res) => {
      if (res.ok) setDays(Object.fromEntries(RETENTION_KINDS.map((k) => [k, String(res.data.days[k])])) as Record<RetentionKind, string>);
      else setStatus(messageFor(res));
    });
  }, []);
  if (!days) return <StatusLine text={status} />;
  const save = (): void => {
    const parsed = Object.fromEntries(RETENTION_KINDS.map((k) => [k, Number(days[k])])) as RetentionDays;
    void saveRetention(parsed).then((res) => setStatus(res.ok ? '已保存，下次定时任务按新期限清理' : messageFor(res)));
  };
  return (
    <View className="card">
      <Text className="field__label">个人信息保存期限（天）</Text>
      {RETENTION_KINDS.map((k) => (
        <View key={k} className="field">
          <Text className="row__hint">
            {RETENTION_LABELS[k]}（{RETENTION_BOUNDS[k][0]}–{RETENTION_BOUNDS[k][1]} 天）
          </Text>
          <Input className="input" type="number" maxlength={4} value={days[k]} nativeProps={{ 'aria-label': RETENTION_LABELS[k] }} onInput={(e) => setDays({ ...days, [k]: e.detail.value })} />
        </View>
      ))}
      <Text className="row__hint">到期后，定时任务删除或隐去这些个人信息；事项本身保留，用于统计和年度报告。</Text>
      <Button className="btn btn--small" onClick={save}>
        保存期限
      </Button>
      <StatusLine text={status} />
    </View>
  );
}

/** Admins: how long personal details are kept, and who looked at one in full. */
export function PersonalDataAdmin() {
  const views = usePagedList<PersonalViewRecord>(fetchPersonalViews, 'personal-views');
  return (
    <View className="section">
      <Text className="section__title">个人信息</Text>
      <RetentionForm />
      <Text className="field__label">查看完整个人信息的记录</Text>
      <PagedListView
        list={views}
        inSection
        empty="还没有人查看过完整的个人信息"
        render={(v) => (
          <Text key={v.id} className="row__hint">
            {formatDate(v.at)} {clock(v.at)} · {v.by} 查看了 {v.trackingNo} 的{PERSONAL_FIELD_LABELS[v.field]}
          </Text>
        )}
      />
    </View>
  );
}
