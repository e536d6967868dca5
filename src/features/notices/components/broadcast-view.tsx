import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import { NOTICE_KIND_LABELS } from '#types/models/notice';
import { BROADCAST_MAX_SECONDS, broadcastScript, CHARS_PER_SECOND } from '#types/text/broadcast-script';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { SavedCopyNote } from '@/components/ui/saved-copy-note';
import { useSavedPage } from '@/lib/use-saved-page';
import { ReadAloudBar } from '@/features/read-aloud';
import { fetchNotice } from '../api/notices-api';
import { noticeDates } from './notice-card';

function ScriptCard({ title, script, seconds }: { title: string; script: string; seconds: number }) {
  const copy = (): void => void Taro.setClipboardData({ data: script }).then(() => Taro.showToast({ title: '已复制，可发给广播员', icon: 'none' }));
  return (
    <View className="card">
      <Text className="section__title">{title}</Text>
      <Text className="row__hint">约 {seconds} 秒（按每秒 {CHARS_PER_SECOND} 个字估算）</Text>
      <Text className="card__summary broadcast__script">{script}</Text>
      <ReadAloudBar parts={[script]} label="试听" />
      <Button className="btn" onClick={copy}>
        复制广播稿
      </Button>
    </View>
  );
}

/** A notice as the script a village broadcaster reads over the loudspeaker (村村响). */
export function BroadcastView({ id, bureau }: { id: string; bureau: string }) {
  const page = useSavedPage(`notice:${id}`, useCallback(() => fetchNotice(id), [id]));
  const notice = page.data;
  if (page.error) return <ErrorState message={page.error} onRetry={page.reload} />;
  if (!notice) return <LoadingState />;
  if (notice.withdrawn) {
    return (
      <View className="banner" role="alert">
        <Text>这条通知已撤回{notice.withdrawnNote ? `：${notice.withdrawnNote}` : ''}，请不要再播送。</Text>
      </View>
    );
  }
  const script = broadcastScript({ kindLabel: NOTICE_KIND_LABELS[notice.kind], title: notice.title, area: notice.area, when: noticeDates(notice), body: notice.body, bureau });
  return (
    <View className="list">
      <SavedCopyNote savedAt={page.savedAt} onReload={page.reload} />
      <Text className="row__hint">供村广播（村村响）播送：数字、日期、路名已写成念法，链接已去掉，要点说两遍。</Text>
      {script.long && (
        <View className="banner" role="note">
          <Text>全文约 {script.fullSeconds} 秒，超过 {BROADCAST_MAX_SECONDS} 秒，听的人不容易记住：建议播送要点稿，全文张贴在村公开栏。</Text>
        </View>
      )}
      {script.long && <ScriptCard title="要点稿" script={script.brief} seconds={script.briefSeconds} />}
      <ScriptCard title={script.long ? '全文稿' : '广播稿'} script={script.full} seconds={script.fullSeconds} />
    </View>
  );
}
