import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import { NOTICE_KIND_LABELS } from '#types/models/notice';
import { AskLink } from '@/components/ui/ask-link';
import { SavedCopyNote } from '@/components/ui/saved-copy-note';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { useSavedPage } from '@/lib/use-saved-page';
import { formatDate } from '@/lib/format-date';
import { ReadAloudBar } from '@/features/read-aloud';
import { fetchNotice } from '../api/notices-api';
import { openSettings } from './notice-centre';
import { noticeDates } from './notice-card';
import { noticeScript } from '../notice-script';

const RELATED_PAGES = { policy: '/pages/policy/index', project: '/pages/project/index' } as const;

/** One notice, as a subscription message or a shared card opens it. */
export function NoticeDetail({ id }: { id: string }) {
  const page = useSavedPage(`notice:${id}`, useCallback(() => fetchNotice(id), [id]));
  const notice = page.data;
  if (page.error) return <ErrorState message={page.error} onRetry={page.reload} />;
  if (!notice) return <LoadingState />;
  return (
    <View className="list">
      <SavedCopyNote savedAt={page.savedAt} onReload={page.reload} />
      <ReadAloudBar parts={noticeScript(notice)} label="朗读这条通知" />
      {notice.withdrawn && (
        <View className="banner" role="alert">
          <Text>这条通知已撤回{notice.withdrawnNote ? `：${notice.withdrawnNote}` : ''}</Text>
        </View>
      )}
      <View className="card">
        <View className="card__meta">
          <Text className={`chip chip--notice-${notice.kind}`}>{NOTICE_KIND_LABELS[notice.kind]}</Text>
          <Text className="card__date">发布于{formatDate(notice.publishedAt)}</Text>
        </View>
        <Text className="section__title">{notice.title}</Text>
        <Text className="row__hint">影响范围：{notice.area}</Text>
        <Text className="row__hint">时间：{noticeDates(notice)}</Text>
        <Text className="card__summary">{notice.body}</Text>
      </View>
      {notice.related && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: `${RELATED_PAGES[notice.related!.kind]}?id=${notice.related!.id}` })}>
          查看相关{notice.related.kind === 'policy' ? '政策' : '项目'}：{notice.related.title}
        </Button>
      )}
      {!notice.withdrawn && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: `/more/broadcast/index?id=${notice.id}` })}>
          村村响广播稿（供村广播播送）
        </Button>
      )}
      <Button className="btn" onClick={openSettings}>
        通知设置（选择或退订）
      </Button>
      <AskLink kind="notice" id={notice.id} title={notice.title} label="对这条通知有疑问？去提问" />
    </View>
  );
}
