import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import type { LiaisonTask } from '#types/api/posters';
import { CONFIRM_ACTION_LABELS, CONFIRM_ACTIONS, type ConfirmAction } from '#types/models/village-confirmation';
import { EmptyState, ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { formatDate } from '@/lib/format-date';
import { pickImage } from '@/lib/pick-file';
import { MAX_IMAGE_BYTES, uploadFile } from '@/lib/upload-file';
import { confirmDelivery, fetchLiaisonTasks } from '../api/posters-api';

function TaskCard({ task, onDone }: { task: LiaisonTask; onDone(): void }) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async (action: ConfirmAction): Promise<void> => {
    setStatus(null);
    const picked = await pickImage().catch(() => null);
    if (!picked) return setStatus(`请拍一张${action === 'posted' ? '公开栏' : '广播'}的照片再确认`);
    setBusy(true);
    const uploaded = await uploadFile(picked, MAX_IMAGE_BYTES);
    const res = uploaded.ok ? await confirmDelivery({ refId: task.refId, area: task.area, action, photo: uploaded.data.fileId, doneAt: new Date().toISOString() }) : uploaded;
    setBusy(false);
    if (!res.ok) return setStatus(messageFor(res));
    onDone();
  };
  return (
    <View className="card">
      <Text className="card__title">{task.title}</Text>
      <Text className="card__summary">
        {task.area.replace('/', '')} · {formatDate(task.publishedAt)}发布
        {task.dueAt ? ` · 请在${formatDate(task.dueAt)}前确认` : ''}
        {task.overdue ? '（已逾期）' : ''}
      </Text>
      {task.posterIds.map((id, i) => (
        <Button key={id} className="btn btn--small" onClick={() => void Taro.navigateTo({ url: `/staff/poster/index?id=${id}` })}>
          打印海报{task.posterIds.length > 1 ? ` ${i + 1}` : ''}
        </Button>
      ))}
      {task.scriptPath && (
        <Button className="btn btn--small" onClick={() => void Taro.navigateTo({ url: task.scriptPath as string })}>
          广播稿
        </Button>
      )}
      {CONFIRM_ACTIONS.map((action) =>
        task.confirmed[action] ? (
          <Text key={action} className="row__hint">
            ✓ {CONFIRM_ACTION_LABELS[action]}（{formatDate(task.confirmed[action] as string)}）
          </Text>
        ) : (
          <Button key={action} className="btn btn--small btn--primary" disabled={busy} loading={busy} onClick={() => void confirm(action)}>
            拍照确认{CONFIRM_ACTION_LABELS[action]}
          </Button>
        ),
      )}
      <StatusLine text={status} />
    </View>
  );
}

/** 村级信息员: the notices and posters for my villages, printed and confirmed with a photo. */
export function LiaisonTasks() {
  const [data, setData] = useState<{ items: LiaisonTask[]; villages: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    void fetchLiaisonTasks().then((res) => (res.ok ? setData(res.data) : setError(messageFor(res))));
  }, []);
  useEffect(load, [load]);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!data) return <LoadingState />;
  return (
    <View className="list">
      <Text className="row__hint">我负责的村：{data.villages.map((v) => v.replace('/', '')).join('、')}。张贴海报或广播后，拍照确认；照片只给本局工作人员核对。</Text>
      <Button className="btn btn--small" onClick={() => void Taro.navigateTo({ url: '/more/notice-settings/index' })}>
        逾期提醒：在“通知设置”里允许微信提醒
      </Button>
      {data.items.length === 0 ? <EmptyState text="最近 30 天没有需要张贴或广播的内容" /> : data.items.map((t) => <TaskCard key={`${t.refId}:${t.area}`} task={t} onDone={load} />)}
    </View>
  );
}
