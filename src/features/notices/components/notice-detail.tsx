import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { NoticeView } from '#types/api/notice-views';
import { NOTICE_KIND_LABELS } from '#types/models/notice';
import { AskLink } from '@/components/ui/ask-link';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { formatDate } from '@/lib/format-date';
import { ReadAloudBar } from '@/features/read-aloud';
import { fetchNotice } from '../api/notices-api';
import { openSettings } from './notice-centre';
import { noticeDates } from './notice-card';
import { noticeScript } from '../notice-script';

const RELATED_PAGES = { policy: '/pages/policy/index', project: '/pages/project/index' } as const;

/** One notice, as a subscription message or a shared card opens it. */
export function NoticeDetail({ id }: { id: string }) {
  const [notice, setNotice] = useState<NoticeView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = (): void => {
    setError(null);
    void fetchNotice(id).then((res) => (res.ok ? setNotice(res.data) : setError(messageFor(res))));
  };
  useEffect(load, [id]);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!notice) return <LoadingState />;
  return (
    <View className="list">
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
      <Button className="btn" onClick={openSettings}>
        通知设置（选择或退订）
      </Button>
      <AskLink kind="notice" id={notice.id} title={notice.title} label="对这条通知有疑问？去提问" />
    </View>
  );
}
